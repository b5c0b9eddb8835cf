/**
 * The formatter's API: whole documents (`format`) and editor ranges (`formatRange`). Both work on
 * the lossless line CST and change white space only.
 */
import { parse, type Diagnostic, type Document, type TextRange } from '@hacfg/syntax';
import { planLayout } from './layout.js';
import { mergeOptions, type FormatOptions } from './options.js';
import { printLines } from './print.js';

/** Thrown for a document with syntax errors (unless `force`): its meaning is not known. */
export class UnformattableError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    const first = diagnostics[0];
    super(`not formatted: ${diagnostics.length} syntax error${diagnostics.length === 1 ? '' : 's'}${first ? ` (first: ${first.message})` : ''}`);
  }
}

/** A replacement of `range` (offsets into the original text) by `newText`. */
export interface TextEdit {
  readonly range: TextRange;
  readonly newText: string;
}

function toDocument(input: string | Document): Document {
  return typeof input === 'string' ? parse(input) : input;
}

/**
 * Indices of lines touched by an error diagnostic (left byte-identical under `force`). A missing final
 * newline is not a broken line: adding it is the fix, and formatting does that.
 */
function brokenLines(doc: Document): Set<number> {
  const out = new Set<number>();
  for (const d of doc.diagnostics) {
    if (d.severity !== 'error' || d.code === 'missing-final-newline') continue;
    const from = doc.lineIndex.positionAt(d.range.start).line;
    const to = doc.lineIndex.positionAt(Math.max(d.range.start, d.range.end - 1)).line;
    for (let l = from; l <= to; l++) out.add(l);
  }
  return out;
}

/** For every CST line, the text that replaces it. */
function formattedLines(doc: Document, options: FormatOptions): string[] {
  if (doc.hasErrors && !options.force) throw new UnformattableError(doc.diagnostics.filter((d) => d.severity === 'error'));
  const plans = planLayout(doc, options, options.force ? brokenLines(doc) : new Set());
  return printLines(doc, plans, options);
}

/** Formats a whole document. Throws `UnformattableError` on syntax errors unless `force` is set. */
export function format(input: string | Document, options: Partial<FormatOptions> = {}): string {
  return formattedLines(toDocument(input), mergeOptions(options)).join('');
}

/**
 * Edits that format the lines (whole statements and comments) meeting `range`; lines outside it are
 * left alone. A range ending at column 0 does not take in the line it ends on; an empty range takes
 * the line it is on. Edits are sorted and do not overlap.
 */
export function formatRange(input: string | Document, range: TextRange, options: Partial<FormatOptions> = {}): TextEdit[] {
  const doc = toDocument(input);
  const lines = formattedLines(doc, mergeOptions(options));
  const edits: TextEdit[] = [];
  for (const line of doc.lines) {
    const inside = range.start === range.end ? line.start <= range.start && range.start <= Math.max(line.start, line.contentEnd) : line.start < range.end && line.end > range.start;
    if (!inside) continue;
    const newText = lines[line.index]!;
    if (newText !== doc.text.slice(line.start, line.end)) edits.push({ range: { start: line.start, end: line.end }, newText });
  }
  return edits;
}
