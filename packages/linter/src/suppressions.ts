/**
 * Inline suppressions in comments: `# hacfg-disable-next-line a, b`, `# hacfg-disable-line a`,
 * `# hacfg-disable a` … `# hacfg-enable a`. No ids means every rule. Unused ones are reported.
 */
import type { Document, TextRange } from '@hacfg/syntax';

export interface Suppression {
  readonly kind: 'line' | 'next-line' | 'range';
  /** Rule ids; empty = all. */
  readonly rules: readonly string[];
  /** The comment, for reporting it unused. */
  readonly comment: TextRange;
  /** Lines covered (0-based, inclusive). */
  readonly fromLine: number;
  readonly toLine: number;
  used: Set<string>;
}

const DIRECTIVE = /^#\s*hacfg-(disable-next-line|disable-line|disable|enable)\b(.*)$/;

function ids(rest: string): string[] {
  const text = rest.split(/\s--\s/)[0] ?? '';
  return text.split(',').map((s) => s.trim()).filter(Boolean);
}

export function collectSuppressions(doc: Document): Suppression[] {
  const out: Suppression[] = [];
  const open = new Map<string, { comment: TextRange; line: number; rules: string[] }>();
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.comment) continue;
    const m = DIRECTIVE.exec(doc.text.slice(line.comment.start, line.comment.end));
    if (!m) continue;
    const rules = ids(m[2] ?? '');
    const comment = line.comment;
    switch (m[1]) {
      case 'disable-line':
        out.push({ kind: 'line', rules, comment, fromLine: line.index, toLine: line.index, used: new Set() });
        break;
      case 'disable-next-line': {
        let next = line.index + 1;
        while (next < lines.length && lines[next]!.words.length === 0) next++;
        out.push({ kind: 'next-line', rules, comment, fromLine: next, toLine: next, used: new Set() });
        break;
      }
      case 'disable':
        open.set(rules.join(','), { comment, line: line.index, rules });
        break;
      case 'enable': {
        const key = rules.join(',');
        const o = open.get(key);
        if (o) {
          out.push({ kind: 'range', rules: o.rules, comment: o.comment, fromLine: o.line, toLine: line.index, used: new Set() });
          open.delete(key);
        }
        break;
      }
      default:
    }
  }
  for (const o of open.values()) out.push({ kind: 'range', rules: o.rules, comment: o.comment, fromLine: o.line, toLine: Number.MAX_SAFE_INTEGER, used: new Set() });
  return out;
}

/** The suppression that silences `ruleId` on `line`, marking it used. */
export function suppresses(list: readonly Suppression[], ruleId: string, line: number): boolean {
  for (const s of list) {
    if (line < s.fromLine || line > s.toLine) continue;
    if (s.rules.length === 0 || s.rules.includes(ruleId)) {
      s.used.add(ruleId);
      return true;
    }
  }
  return false;
}
