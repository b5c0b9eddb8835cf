/**
 * The formatter's promise in checkable form: the sequence of everything that is not layout. Words
 * (raw text: quotes, escapes and env references as written), comments (without trailing white
 * space), ignored tails and byte-order marks, in order. `format` must leave it unchanged.
 */
import type { Document } from '@hacfg/syntax';

export function tokenSequence(doc: Document): string[] {
  const { text } = doc;
  const out: string[] = [];
  for (const line of doc.lines) {
    if (line.bom) out.push('\uFEFF');
    for (const w of line.words) out.push(text.slice(w.start, w.end));
    if (line.comment) out.push(text.slice(line.comment.start, line.comment.end).trimEnd());
    if (line.ignored) out.push(text.slice(line.ignored.start, line.ignored.end));
  }
  return out;
}
