// quoteWord writes any text as one word that the parser (HAProxy's tokenisation) reads back as it was.
import { quoteWord } from '@hacfg/setups';
import { parse } from '@hacfg/syntax';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

function readBack(word: string): { bytes: Buffer; words: number; diagnostics: number } {
  const doc = parse(`tcp-check send ${word}\n`);
  const words = doc.lines[0]!.words;
  // The parser gives bytes of escapes as latin1 characters, as HAProxy reads bytes.
  return { bytes: Buffer.from(words[2]?.value ?? '', 'latin1'), words: words.length, diagnostics: doc.diagnostics.length };
}

describe('quoteWord', () => {
  it('leaves plain words alone and escapes what HAProxy would read differently', () => {
    expect(quoteWord('+PONG')).toBe('+PONG');
    expect(quoteWord('PING\r\n')).toBe('"PING\\r\\n"');
    expect(quoteWord('a "b" $HOME #c \\')).toBe('"a \\x22b\\x22 \\x24HOME \\x23c \\x5c"');
  });

  it('round-trips any text without NUL through the parser', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }).filter((s) => !s.includes('\0')), (text) => {
        expect(readBack(quoteWord(text))).toEqual({ bytes: Buffer.from(text, 'utf8'), words: 3, diagnostics: 0 });
      }),
      { numRuns: 500 },
    );
  });
});
