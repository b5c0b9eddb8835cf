// Byte-exact round trip and token tiling on every corpus file and every project fixture.
import { describe, expect, it } from 'vitest';
import { lineTokens, parse } from '@hacfg/syntax';
import { corpusAvailable, corpusFiles, decodeBytes, fixtureFiles, readCorpusFile, readFixture } from '../../../test/support/corpus.js';


function checkLossless(text: string): void {
  const doc = parse(text);
  expect(doc.toString()).toBe(text);
  let pos = 0;
  for (const line of doc.lines) {
    expect(line.start).toBe(pos);
    for (const t of lineTokens(line)) {
      expect(t.start).toBe(pos);
      expect(t.end).toBeGreaterThan(t.start);
      pos = t.end;
    }
    expect(pos).toBe(line.end);
  }
  expect(pos).toBe(text.length);
}

describe('round trip on the corpus', () => {
  const files = corpusFiles();
  it.skipIf(!corpusAvailable)('covers all corpus folders', () => {
    expect(files.filter((f) => f.startsWith('public/')).length).toBeGreaterThan(100);
    expect(files.filter((f) => f.startsWith('regtests/')).length).toBeGreaterThan(100);
  });
  it.skipIf(!corpusAvailable)('prints every corpus file back byte for byte', () => {
    for (const f of files) {
      const buf = readCorpusFile(f);
      const { text, encoding } = decodeBytes(buf);
      checkLossless(text);
      expect(Buffer.from(parse(text).toString(), encoding).equals(buf), f).toBe(true);
    }
  });
});

describe('round trip on fixtures', () => {
  it('prints every fixture back byte for byte', () => {
    const files = fixtureFiles();
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) checkLossless(decodeBytes(readFixture(f)).text);
  });
});

describe('awkward bytes', () => {
  it.each([
    ['CRLF', 'global\r\n  maxconn 10\r\n'],
    ['lone CR', 'global\r  maxconn 10\rjunk\n'],
    ['tabs and trailing spaces', '\tglobal \t\n\t\tmaxconn\t10   \n'],
    ['BOM', '\uFEFFglobal\n  maxconn 1\n'],
    ['no final newline', 'global\n  maxconn 1'],
    ['empty', ''],
    ['only newlines', '\n\n\r\n'],
    ['NUL', 'global\n  max\0conn 1\n'],
    ['latin1 comment', 'global # caf\u00e9 \u00ff\n'],
    ['unterminated quotes', 'a "b \'c\nd \'e "f\n'],
    ['backslash at end', 'a b\\\n'],
  ])('%s', (_name, text) => checkLossless(text));
});
