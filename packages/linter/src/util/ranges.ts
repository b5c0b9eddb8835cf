/** Ranges rules report on. */
import type { Document, Statement, TextEdit, TextRange, Word } from '@hacfg/syntax';

export function span(first: Word | TextRange, last: Word | TextRange = first): TextRange {
  return { start: first.start, end: last.end };
}

/** The first `n` words of a statement (the keyword as the catalog names it). */
export function leadingWords(st: Statement, n: number): TextRange {
  const words = st.words;
  return span(words[0]!, words[Math.max(0, Math.min(n, words.length) - 1)]!);
}

/** The whole physical line, line ending included. */
export function wholeLine(st: Statement): TextRange {
  return { start: st.line.start, end: st.line.end };
}

/**
 * The edit that removes a statement: its whole line, or, when the line ends with a comment, the
 * words only, so that the comment stays on its own line (fixes never lose a comment).
 */
export function removeStatement(st: Statement): TextEdit {
  const c = st.line.comment;
  if (!c) return { range: wholeLine(st), newText: '' };
  return { range: { start: st.words[0]!.start, end: c.start }, newText: '' };
}

/** The 1-based line of an offset, as messages name lines ("declared at line 3"). */
export function lineOf(doc: Document, offset: number): number {
  return doc.lineIndex.positionAt(offset).line + 1;
}

/** A line as a message names it from another place: `3`, or `base.cfg:3` when it is in another file. */
export function lineRef(doc: Document, offset: number, from: Document): string {
  const line = lineOf(doc, offset);
  return doc === from ? String(line) : `${doc.fileName ?? '<text>'}:${line}`;
}
