/** Reading `key value` pairs out of a statement's words. */
import type { Word } from '@hacfg/syntax';

/** Data as HAProxy's parse_binary() reads it: hexadecimal digits, two per byte, at least one byte. */
export function isHexBytes(text: string): boolean {
  return /^(?:[0-9a-fA-F]{2})+$/.test(text);
}

/** The word after the first `key` at or after index `from`; undefined when there is none. */
export function wordAfter(words: readonly Word[], key: string, from = 0): Word | undefined {
  for (let i = from; i < words.length - 1; i++) if (words[i]!.value === key) return words[i + 1];
  return undefined;
}
