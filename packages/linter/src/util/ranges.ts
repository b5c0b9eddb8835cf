/** Ranges rules report on. */
import type { Statement, TextRange, Word } from '@hacfg/syntax';

export function span(first: Word | TextRange, last: Word | TextRange = first): TextRange {
  return { start: first.start, end: last.end };
}

/** The first `n` words of a statement (the keyword as the catalog names it). */
export function leadingWords(st: Statement, n: number): TextRange {
  const words = st.words;
  return span(words[0]!, words[Math.max(0, Math.min(n, words.length) - 1)]!);
}

/** The whole physical line, line ending included: what a line-removal fix deletes. */
export function wholeLine(st: Statement): TextRange {
  return { start: st.line.start, end: st.line.end };
}
