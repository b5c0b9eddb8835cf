/** Maps positions in a word's value (quotes removed, escapes resolved) back to source offsets. */
import type { DQuotePart, Piece, TextRange, Word } from './types.js';

/** Length of a piece in the word's value, and the source offset of its k-th value character. */
function pieceInfo(p: Piece | DQuotePart, source: string): { len: number; at: (k: number) => number } {
  switch (p.kind) {
    case 'escape':
      return { len: p.value.length, at: () => p.start };
    case 'squote':
      return { len: p.end - p.start - (p.closed ? 2 : 1), at: (k) => p.start + 1 + k };
    case 'dquote': {
      const parts = p.parts.map((q) => pieceInfo(q, source));
      const len = parts.reduce((n, q) => n + q.len, 0);
      return {
        len,
        at: (k) => {
          let rest = k;
          for (const q of parts) {
            if (rest < q.len) return q.at(rest);
            rest -= q.len;
          }
          return p.end - (p.closed ? 1 : 0);
        },
      };
    }
    default:
      return { len: p.end - p.start, at: (k) => p.start + k };
  }
}

/** Source offset of value index `index` of `word` (index === value.length gives the word's end). */
export function wordOffset(word: Word, source: string, index: number): number {
  if (word.plain) return word.start + Math.max(0, Math.min(index, word.end - word.start));
  let rest = index;
  for (const p of word.pieces) {
    const info = pieceInfo(p, source);
    if (rest < info.len) return info.at(rest);
    rest -= info.len;
  }
  return word.end;
}

/** Source range of value slice [from, to) of `word`. */
export function wordRange(word: Word, source: string, from: number, to: number): TextRange {
  const start = wordOffset(word, source, from);
  if (to >= word.value.length) return { start, end: word.end };
  return { start, end: Math.max(start, wordOffset(word, source, to)) };
}
