// fast-check: generated configs (sections, statements with quotes/escapes/env refs/comments, odd
// white space, blank lines, CRLF, `.if` blocks) format idempotently and keep their tokens.
import { parse } from '@hacfg/syntax';
import { format, formatRange, tokenSequence, UnformattableError, type FormatOptions } from '@hacfg/formatter';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const space = fc.constantFrom(' ', '  ', '\t', ' \t ', '\v', '\f');
const plain = fc.stringMatching(/^[a-z0-9_.:\/\-{}()!|=,*@[\]]{1,12}$/);
const word = fc.oneof(
  { weight: 6, arbitrary: plain },
  fc.constantFrom('"quoted  text"', "'single $x'", '"${VAR}"', '$HOME', '${PORT-80}', 'a\\ b', 'x\\\\', 'p\\#q', '"a#b"', 'a\\', '\\x41', 'é'),
);
const comment = fc.constantFrom('# note', '#x', '#  spaced   ', '# ends with space ');
const statement = fc.tuple(fc.array(space, { minLength: 0, maxLength: 1 }), fc.array(word, { minLength: 1, maxLength: 5 }), fc.array(space, { minLength: 5, maxLength: 5 }), fc.option(comment)).map(
  ([lead, words, gaps, c]) => `${lead.join('')}${words.map((w, i) => (i > 0 ? gaps[i % gaps.length] : '') + w).join('')}${c ? gaps[0] + c : ''}${gaps[1] === '\t' ? ' ' : ''}`,
);
const header = fc.tuple(fc.constantFrom('global', 'defaults', 'frontend fe', 'backend be', 'listen li', 'userlist u', '  backend indented'), fc.option(comment)).map(([h, c]) => (c ? `${h} ${c}` : h));
const line: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 6, arbitrary: statement.map((s) => [s]) },
  { weight: 2, arbitrary: header.map((h) => [h]) },
  { weight: 2, arbitrary: fc.constantFrom('', '   ', '\t').map((s) => [s]) },
  { weight: 2, arbitrary: comment.map((c) => [`   ${c}`]) },
  { weight: 1, arbitrary: fc.constantFrom('server s1 10.0.0.1:80 check', 'server a-long-name [::1]:8080 weight 2 # c').map((s) => [s]) },
  { weight: 1, arbitrary: fc.tuple(statement, statement).map(([a, b]) => ['.if defined(X)', a, '  .elif feature(Y)', b, '.endif']) },
  { weight: 1, arbitrary: statement.map((s) => ['.if defined(Z)', 'frontend inside', s, '.endif']) },
);
const config = fc.tuple(fc.array(line, { maxLength: 25 }), fc.boolean()).map(([ls, crlf]) => ls.flat().join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n'));
const options: fc.Arbitrary<Partial<FormatOptions>> = fc.record(
  { indentWidth: fc.integer({ min: 1, max: 8 }), useTabs: fc.boolean(), indentConditionals: fc.boolean(), maxBlankLines: fc.integer({ min: 0, max: 3 }), alignServers: fc.boolean(), endOfLine: fc.constantFrom('auto' as const, 'lf' as const, 'crlf' as const) },
  { requiredKeys: [] },
);

describe('generated configs', () => {
  it('format idempotently and keep every token', () => {
    let formatted = 0;
    fc.assert(
      fc.property(config, options, (text, opts) => {
        const doc = parse(text);
        if (doc.hasErrors) return;
        formatted++;
        const once = format(doc, opts);
        expect(format(once, opts)).toBe(once);
        expect(tokenSequence(parse(once))).toEqual(tokenSequence(doc));
        expect(parse(once).hasErrors).toBe(false);
      }),
      { numRuns: 400 },
    );
    expect(formatted).toBeGreaterThan(100);
  });

  it('formatting every line as a range gives the whole-file result', () => {
    fc.assert(
      fc.property(config, (text) => {
        if (parse(text).hasErrors) return;
        let out = text;
        for (const e of formatRange(text, { start: 0, end: text.length }).reverse()) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
        expect(out).toBe(format(text));
      }),
      { numRuns: 200 },
    );
  });

  it('keep tokens and stay idempotent on arbitrary text under force, or refuse it', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\n', '\r', '"', "'", '\\', '#', '$', '{', '.', '\0', '\uFEFF') }), (text) => {
        try {
          const out = format(text, { force: true });
          expect(tokenSequence(parse(out)).join('')).toBe(tokenSequence(parse(text)).join(''));
          expect(format(out, { force: true })).toBe(out);
        } catch (e) {
          expect(e).toBeInstanceOf(UnformattableError);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
