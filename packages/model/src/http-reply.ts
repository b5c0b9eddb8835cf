/**
 * The options of an HTTP reply (`return`, `deny`, `tarpit`, `http-error`) as
 * http_parse_http_reply() (http_htx.c, unchanged from 2.4 to 3.4) reads them: in any order until
 * `if`/`unless`, each with its value(s); reading stops at a word it does not know.
 */
import type { Word } from '@hacfg/syntax';

/** Options that take one value; `hdr` takes a name and a value, `default-errorfiles` none. */
const VALUED = new Set(['status', 'content-type', 'errorfiles', 'errorfile', 'file', 'string', 'lf-file', 'lf-string']);

export interface ReplyOption {
  readonly word: Word;
  readonly known: boolean;
  /** The words it takes, as far as the line has them (fewer when the line ends early). */
  readonly values: readonly Word[];
}

export function replyOptions(words: readonly Word[], from = 0): ReplyOption[] {
  const out: ReplyOption[] = [];
  for (let i = from; i < words.length; i++) {
    const word = words[i]!;
    if (word.value === 'if' || word.value === 'unless') break;
    const n = word.value === 'hdr' ? 2 : VALUED.has(word.value) ? 1 : 0;
    const known = n > 0 || word.value === 'default-errorfiles';
    out.push({ word, known, values: words.slice(i + 1, i + 1 + n) });
    if (!known) break;
    i += n;
  }
  return out;
}
