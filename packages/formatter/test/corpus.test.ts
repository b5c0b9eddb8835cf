// On every corpus file: formatting is idempotent, keeps the token sequence, and keeps the typed AST
// (positions aside). Files with syntax errors must be refused, not formatted.
import { parse } from '@hacfg/syntax';
import { format, tokenSequence, UnformattableError } from '@hacfg/formatter';
import { describe, expect, it } from 'vitest';
import { astWithoutPositions } from './support/ast.js';
import { corpusAvailable, corpusFiles } from './support/corpus.js';

const files = corpusFiles();

describe.skipIf(!corpusAvailable)('corpus', () => {
  it('has files', () => expect(files.length).toBeGreaterThan(600));

  for (const f of files) {
    it(f.rel, () => {
      const doc = parse(f.text);
      if (doc.hasErrors) {
        expect(() => format(doc)).toThrow(UnformattableError);
        // Under force the broken lines stay as they are and the rest is formatted.
        const forced = format(doc, { force: true });
        expect(format(forced, { force: true }), 'idempotent under force').toBe(forced);
        expect(tokenSequence(parse(forced)), 'tokens under force').toEqual(tokenSequence(doc));
        return;
      }
      const once = format(doc);
      expect(format(once), 'idempotent').toBe(once);
      expect(tokenSequence(parse(once)), 'tokens').toEqual(tokenSequence(doc));
      expect(astWithoutPositions(once), 'typed AST').toEqual(astWithoutPositions(f.text));
      // A file of white space only has no content and formats to nothing.
      expect(once === '' ? doc.lines.every((l) => l.words.length === 0 && !l.comment) : once.endsWith('\n'), 'final newline').toBe(true);
      expect(once, 'no trailing white space').not.toMatch(/[ \t]\r?\n/);
    });
  }
});

describe.skipIf(!corpusAvailable)('corpus with other options', () => {
  const variants = [
    { useTabs: true, indentConditionals: false, maxBlankLines: 0 },
    { indentWidth: 2, alignServers: true, endOfLine: 'crlf' as const },
  ];
  for (const options of variants) {
    it(`idempotent and token-preserving with ${JSON.stringify(options)}`, () => {
      let formatted = 0;
      for (const f of files) {
        const doc = parse(f.text);
        if (doc.hasErrors) continue;
        const once = format(doc, options);
        expect(format(once, options), f.rel).toBe(once);
        expect(tokenSequence(parse(once)), f.rel).toEqual(tokenSequence(doc));
        formatted++;
      }
      expect(formatted).toBeGreaterThan(600);
    });
  }
});
