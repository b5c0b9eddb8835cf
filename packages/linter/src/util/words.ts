/** Reading `key value` pairs out of a statement's words. */
import type { Word } from '@hacfg/syntax';

/** The word after the first `key` at or after index `from`; undefined when there is none. */
export function wordAfter(words: readonly Word[], key: string, from = 0): Word | undefined {
  for (let i = from; i < words.length - 1; i++) if (words[i]!.value === key) return words[i + 1];
  return undefined;
}
