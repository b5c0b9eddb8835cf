/**
 * Layout analysis: what each CST line is (blank, comment, statement, section header, or a line kept
 * byte-identical), its indentation level, and where a section group starts (the one blank line
 * between sections goes there). Nothing here changes text; `print.ts` renders the plan.
 */
import type { Document, Line } from '@hacfg/syntax';
import type { FormatOptions } from './options.js';

export type LineKind = 'blank' | 'comment' | 'code';

export interface LinePlan {
  readonly kind: LineKind;
  /** A section header (always at level 0). */
  readonly header: boolean;
  /** Printed exactly as read, line ending included. */
  verbatim: boolean;
  /** Indentation level. */
  level: number;
  /** First line of a section group: a section's header or the comment block right above it. */
  groupStart: boolean;
  /** Index of the section the line belongs to for alignment (-1: before any section). */
  region: number;
}

const CONDITIONAL = new Set(['.if', '.elif', '.else', '.endif']);

/**
 * Lines whose white space cannot be changed without risk: a lone CR or NUL (HAProxy stops reading
 * there), a byte-order mark, and a word ending in a backslash (a space after it would become an
 * escaped space, i.e. part of the word).
 */
function mustStayVerbatim(line: Line, text: string): boolean {
  if (line.ignored || line.bom) return true;
  for (const w of line.words) if (text.charCodeAt(w.end - 1) === 92) return true;
  return false;
}

interface Block {
  /** Contains a section header: its directives stay at the file level and do not indent. */
  structural: boolean;
}

export function planLayout(doc: Document, options: FormatOptions, brokenLines: ReadonlySet<number>): LinePlan[] {
  const { lines, text } = doc;
  const headers = new Set(doc.sections.map((s) => s.header.index));
  const plans: LinePlan[] = lines.map((line) => ({
    kind: line.words.length > 0 || line.ignored || line.bom ? 'code' : line.comment ? 'comment' : 'blank',
    header: headers.has(line.index),
    verbatim: mustStayVerbatim(line, text) || brokenLines.has(line.index),
    level: 0,
    groupStart: false,
    region: -1,
  }));

  // Pass 1: which `.if` blocks span a section header (HAProxy's conditional stack crosses sections).
  const blockOf = new Map<number, Block>(); // directive line index -> its block
  {
    const stack: Block[] = [];
    for (const line of lines) {
      const kw = line.words[0]?.value;
      if (headers.has(line.index)) for (const b of stack) b.structural = true;
      if (kw === undefined || !CONDITIONAL.has(kw)) continue;
      if (kw === '.if') stack.push({ structural: false });
      const top = stack[stack.length - 1];
      if (top) blockOf.set(line.index, top);
      if (kw === '.endif') stack.pop();
    }
  }

  // Pass 2: levels. `depth` counts enclosing ordinary blocks, `fileDepth` enclosing structural ones.
  let region = -1;
  let depth = 0;
  let fileDepth = 0;
  const condIndent = options.indentConditionals ? 1 : 0;
  for (const line of lines) {
    const plan = plans[line.index]!;
    if (plan.header) region++;
    plan.region = region;
    if (plan.kind !== 'code') continue;
    if (plan.header) continue;
    const kw = line.words[0]?.value ?? '';
    const block = CONDITIONAL.has(kw) ? blockOf.get(line.index) : undefined;
    const base = region >= 0 ? 1 : 0;
    if (block?.structural) {
      if (kw === '.if') plan.level = condIndent * fileDepth++;
      else if (kw === '.endif') plan.level = condIndent * (fileDepth = Math.max(0, fileDepth - 1));
      else plan.level = condIndent * Math.max(0, fileDepth - 1);
    } else if (block) {
      if (kw === '.if') plan.level = base + condIndent * depth++;
      else if (kw === '.endif') plan.level = base + condIndent * (depth = Math.max(0, depth - 1));
      else plan.level = base + condIndent * Math.max(0, depth - 1);
    } else {
      plan.level = base + condIndent * depth;
    }
  }

  placeComments(doc, plans, condIndent);
  return plans;
}

/**
 * A comment block directly above a section header, with a blank line (or the file start) above it,
 * introduces that section: it goes to column 0 and the section group starts there. Other comments take
 * the level of the next statement of their section (one deeper before `.elif/.else/.endif`, whose
 * block they close), or the section's level at its end.
 */
function placeComments(doc: Document, plans: LinePlan[], condIndent: number): void {
  const { lines } = doc;
  const intro = new Set<number>();
  for (const section of doc.sections) {
    const h = section.header.index;
    let g = h;
    while (g > 0 && plans[g - 1]!.kind === 'comment') g--;
    const introduces = g < h && (g === 0 || plans[g - 1]!.kind === 'blank');
    plans[introduces ? g : h]!.groupStart = true;
    if (introduces) for (let i = g; i < h; i++) intro.add(i), (plans[i]!.level = 0), (plans[i]!.region = plans[h]!.region);
  }
  let next: number | undefined; // level for comments, from the next statement below in the same section
  for (let i = lines.length - 1; i >= 0; i--) {
    const plan = plans[i]!;
    if (plan.header) next = undefined;
    else if (plan.kind === 'code') {
      const kw = lines[i]!.words[0]?.value ?? '';
      next = kw === '.elif' || kw === '.else' || kw === '.endif' ? plan.level + condIndent : plan.level;
    } else if (plan.kind === 'comment' && !intro.has(i)) plan.level = next ?? (plan.region >= 0 ? 1 : 0);
  }
}
