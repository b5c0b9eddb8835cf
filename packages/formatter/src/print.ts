/**
 * Renders a layout plan: for every CST line, the text that replaces it (line ending and any blank
 * lines inserted above it included; '' when the line is dropped). Only white space is produced
 * here: every word and comment is copied from the source, so the tokens cannot change.
 */
import type { Document, Line } from '@hacfg/syntax';
import type { LinePlan } from './layout.js';
import type { FormatOptions } from './options.js';

/**
 * HAProxy 2.6 reads a line into a 2 KiB buffer that it grows when needed; never make a line longer
 * than it was once past that size, so that no limit of a reader can be crossed by formatting alone.
 */
const LONG_LINE = 2000;

/**
 * `auto`: the ending of the first line that keeps its content and takes the file's ending; blank
 * lines may be dropped and verbatim lines keep theirs, so neither decides (that keeps it idempotent).
 */
export function lineEnding(doc: Document, plans: readonly LinePlan[], options: FormatOptions): string {
  if (options.endOfLine === 'lf') return '\n';
  if (options.endOfLine === 'crlf') return '\r\n';
  const first = doc.lines.find((l, i) => l.eol && plans[i]!.kind !== 'blank' && !plans[i]!.verbatim);
  return first?.eol && first.eol.end - first.eol.start === 2 ? '\r\n' : '\n';
}

/** Widths of the keyword, name and address columns of `server` lines, per section and level. */
function serverColumns(doc: Document, plans: readonly LinePlan[]): Map<string, number[]> {
  const widths = new Map<string, number[]>();
  doc.lines.forEach((line, i) => {
    const plan = plans[i]!;
    if (!isAlignedServer(line, plan)) return;
    const key = `${plan.region}:${plan.level}`;
    const w = widths.get(key) ?? [0, 0, 0];
    // A column is padded only when a word follows it, so only those words count.
    for (let c = 0; c < 3 && c + 1 < line.words.length; c++) w[c] = Math.max(w[c]!, line.words[c]!.end - line.words[c]!.start);
    widths.set(key, w);
  });
  return widths;
}

function isAlignedServer(line: Line, plan: LinePlan): boolean {
  return plan.kind === 'code' && !plan.verbatim && !plan.header && line.words[0]?.value === 'server' && line.words[0].plain;
}

export function printLines(doc: Document, plans: readonly LinePlan[], options: FormatOptions): string[] {
  const { lines, text } = doc;
  const eol = lineEnding(doc, plans, options);
  const unit = options.useTabs ? '\t' : ' '.repeat(options.indentWidth);
  const columns = options.alignServers ? serverColumns(doc, plans) : undefined;
  const out: string[] = lines.map(() => '');

  const indents: string[] = [];
  const indent = (level: number): string => (indents[level] ??= unit.repeat(level));

  const render = (line: Line, plan: LinePlan): string => {
    let s = indent(plan.level);
    const widths = columns && isAlignedServer(line, plan) ? columns.get(`${plan.region}:${plan.level}`) : undefined;
    const words = line.words;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      if (k > 0) s += ' ';
      s += text.slice(w.start, w.end);
      const pad = widths?.[k];
      if (pad !== undefined && k + 1 < words.length) s += ' '.repeat(pad - (w.end - w.start));
    }
    if (line.comment) s += (words.length > 0 ? ' ' : '') + text.slice(line.comment.start, line.comment.end).trimEnd();
    return s;
  };

  let emitted = false; // some content line is already printed
  let pending: number[] = []; // blank lines since the last content line
  let lastContent = -1;
  lines.forEach((line, i) => {
    const plan = plans[i]!;
    if (plan.kind === 'blank' && !plan.verbatim) {
      pending.push(i);
      return;
    }
    const wanted = !emitted ? 0 : plan.groupStart ? 1 : Math.min(pending.length, options.maxBlankLines);
    for (let k = 0; k < Math.min(wanted, pending.length); k++) out[pending[k]!] = eol;
    const extra = eol.repeat(Math.max(0, wanted - pending.length));
    pending = [];
    emitted = true;
    lastContent = i;
    if (plan.verbatim) {
      out[i] = extra + text.slice(line.start, line.end);
      return;
    }
    const content = render(line, plan);
    if (content.length > line.contentEnd - line.start && content.length > LONG_LINE) {
      plan.verbatim = true;
      out[i] = extra + text.slice(line.start, line.end);
      return;
    }
    out[i] = extra + content + (line.eol || options.finalNewline ? eol : '');
  });

  // The last content line ends the file: a verbatim one still gets its missing final newline. After an
  // ignored tail only a bare LF (the CR of a CRLF would join the tail), and none after a lone CR (the
  // LF would turn it into a line ending): either way the token sequence would change.
  const last = lines[lastContent];
  if (last && plans[lastContent]!.verbatim && !last.eol && options.finalNewline && !text.endsWith('\r', last.end)) out[lastContent] += last.ignored ? '\n' : eol;
  return out;
}
