/** Output formats of `hacfg lint`: stylish (with code frames), compact, json (ESLint), sarif, github. */
import { RULES, ruleDocUrl, type LintMessage, type LintResult } from '@hacfg/linter';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { VERSION } from '../version.js';

export type LintFormat = 'stylish' | 'json' | 'sarif' | 'github' | 'compact';
export const LINT_FORMATS: readonly LintFormat[] = ['stylish', 'json', 'sarif', 'github', 'compact'];

export interface FormatOptions {
  readonly color: boolean;
  /** Shown instead of `undefined` file paths (stdin). */
  readonly cwd: string;
}

const paint = (on: boolean, code: string, s: string): string => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
const pathOf = (r: LintResult): string => r.filePath ?? '<stdin>';

function codeFrame(r: LintResult, m: LintMessage, color: boolean): string {
  const text = r.doc.text;
  const idx = r.doc.lineIndex;
  const out: string[] = [];
  const first = Math.max(0, m.line - 2);
  const last = Math.min(idx.lineCount - 1, m.line);
  const width = String(last + 1).length;
  for (let l = first; l <= last; l++) {
    const start = idx.lineStart(l);
    const end = l + 1 < idx.lineCount ? idx.lineStart(l + 1) : text.length;
    const line = text.slice(start, end).replace(/\r?\n$/, '');
    const mark = l === m.line - 1;
    out.push(`${mark ? paint(color, '31;1', '>') : ' '} ${String(l + 1).padStart(width)} | ${line}`);
    if (mark) {
      const col = m.column - 1;
      const len = m.endLine === m.line ? Math.max(1, m.endColumn - m.column) : Math.max(1, line.length - col);
      out.push(`  ${' '.repeat(width)} | ${line.slice(0, col).replace(/[^\t]/g, ' ')}${paint(color, '31;1', '^'.repeat(len))}`);
    }
  }
  return out.join('\n');
}

function stylish(results: readonly LintResult[], o: FormatOptions): string {
  let out = '';
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const r of results) {
    if (r.messages.length === 0) continue;
    errors += r.errorCount;
    warnings += r.warningCount;
    fixable += r.fixableCount;
    for (const m of r.messages) {
      const sev = m.severity === 'error' ? paint(o.color, '31', 'error') : paint(o.color, '33', 'warning');
      out += `${paint(o.color, '1', `${pathOf(r)}:${m.line}:${m.column}`)}: ${sev}: ${m.message}  ${paint(o.color, '2', m.ruleId)}\n`;
      out += codeFrame(r, m, o.color) + '\n';
      for (const rel of m.related ?? []) out += `  ${paint(o.color, '2', `${rel.filePath ?? pathOf(r)}:${rel.line}:${rel.column}: ${rel.message}`)}\n`;
      out += '\n';
    }
  }
  const total = errors + warnings;
  if (total === 0) return out;
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
  out += paint(o.color, errors > 0 ? '31;1' : '33;1', summary) + '\n';
  if (fixable > 0) out += `  ${fixable} fixable with the \`--fix\` option.\n`;
  return out;
}

function compact(results: readonly LintResult[]): string {
  return results.flatMap((r) => r.messages.map((m) => `${pathOf(r)}:${m.line}:${m.column}: ${m.severity}: ${m.message} [${m.ruleId}]\n`)).join('');
}

/** ESLint's JSON formatter shape. */
function json(results: readonly LintResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      filePath: pathOf(r),
      messages: r.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity === 'error' ? 2 : 1,
        message: m.message,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        ...(m.fix && m.fix.length === 1 ? { fix: { range: [m.fix[0]!.range.start, m.fix[0]!.range.end], text: m.fix[0]!.newText } } : {}),
      })),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      fatalErrorCount: 0,
      fixableErrorCount: r.messages.filter((m) => m.fix && m.severity === 'error').length,
      fixableWarningCount: r.messages.filter((m) => m.fix && m.severity === 'warning').length,
    })),
  );
}

/** SARIF 2.1.0, as GitHub code scanning reads it. */
export function sarifLog(results: readonly LintResult[], o: FormatOptions): Log {
  const used = [...new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)))].sort();
  const rules: ReportingDescriptor[] = used.map((id) => {
    const rule = RULES.find((r) => r.id === id);
    return {
      id,
      shortDescription: { text: rule?.meta.description ?? `HAProxy configuration syntax error (${id.replace(/^syntax\//, '')})` },
      ...(rule ? { helpUri: ruleDocUrl(id) } : {}),
      defaultConfiguration: { level: (rule?.meta.severity ?? 'error') === 'error' ? 'error' : 'warning' },
    };
  });
  const sarifResults: Result[] = results.flatMap((r) =>
    r.messages.map((m) => ({
      ruleId: m.ruleId,
      ruleIndex: used.indexOf(m.ruleId),
      level: m.severity === 'error' ? ('error' as const) : ('warning' as const),
      message: { text: m.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(pathOf(r), o.cwd) },
            region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
          },
        },
      ],
    })),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'hacfg', version: VERSION, informationUri: 'https://github.com/hacfg/hacfg', rules } }, results: sarifResults }],
  };
}

function toUri(path: string, cwd: string): string {
  const rel = path.startsWith(cwd + '/') ? path.slice(cwd.length + 1) : path;
  return rel.split('/').map(encodeURIComponent).join('/');
}

function github(results: readonly LintResult[]): string {
  const esc = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string): string => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return results
    .flatMap((r) => r.messages.map((m) => `::${m.severity === 'error' ? 'error' : 'warning'} file=${prop(pathOf(r))},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${prop(m.ruleId)}::${esc(m.message)}\n`))
    .join('');
}

export function formatResults(format: LintFormat, results: readonly LintResult[], o: FormatOptions): string {
  switch (format) {
    case 'stylish':
      return stylish(results, o);
    case 'compact':
      return compact(results);
    case 'json':
      return json(results) + '\n';
    case 'sarif':
      return JSON.stringify(sarifLog(results, o), null, 2) + '\n';
    case 'github':
      return github(results);
  }
}
