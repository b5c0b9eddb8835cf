// Words as HAProxy's parse_line() splits them, checked on hand-picked lines.
import { describe, expect, it } from 'vitest';
import { parse } from '@hacfg/syntax';

const words = (line: string): string[] => parse(line + '\n').lines[0]!.words.map((w) => w.value);
const codes = (text: string): string[] => parse(text).diagnostics.map((d) => d.code);

describe('word splitting', () => {
  it.each<[string, string[]]>([
    ['timeout client 60s#x', ['timeout', 'client', '60s']],
    ['option httpchk GET /health # comment', ['option', 'httpchk', 'GET', '/health']],
    ['stats realm Haproxy\\ Statistics', ['stats', 'realm', 'Haproxy Statistics']],
    ['acl a path "/x#y"', ['acl', 'a', 'path', '/x#y']],
    ["http-request set-header X '$HOME \\n'", ['http-request', 'set-header', 'X', '$HOME \\n']],
    ['server s "${HOST}":"${PORT}"', ['server', 's', '${HOST}:${PORT}']],
    ['a \\#b \\\\c \\"d\\\' e', ['a', '#b', '\\c', '"d\'', 'e']],
    ['a \\x41\\x2f', ['a', 'A/']],
    ['a \\d \\$x', ['a', '\\d', '\\$x']],
    ['a "\\$x"', ['a', '$x']],
    ['a\tb\vc\fd', ['a', 'b', 'c', 'd']],
    ['a "b c"d\'e f\'', ['a', 'b cde f']],
    ['a\u00a0b', ['a\u00a0b']],
    ['   indented    words   ', ['indented', 'words']],
  ])('%s', (line, expected) => expect(words(line)).toEqual(expected));

  it('stops at a lone CR like HAProxy', () => {
    const doc = parse('maxconn 10\rignored words\n');
    expect(doc.lines[0]!.words.map((w) => w.value)).toEqual(['maxconn', '10']);
    expect(doc.lines).toHaveLength(1);
  });

  it('keeps env references as nodes', () => {
    const w = parse('bind "${ADDR-0.0.0.0}:${PORT}" $X ${Y}\n').lines[0]!.words;
    const dq = w[1]!.pieces[0]!;
    expect(dq.kind).toBe('dquote');
    if (dq.kind !== 'dquote') return;
    const envs = dq.parts.filter((p) => p.kind === 'env');
    expect(envs.map((e) => e.kind === 'env' && [e.name, e.defaultValue, e.quoted])).toEqual([['ADDR', '0.0.0.0', true], ['PORT', undefined, true]]);
    expect(w[2]!.pieces[0]).toMatchObject({ kind: 'env', name: 'X', quoted: false });
    expect(w[3]!.pieces[0]).toMatchObject({ kind: 'env', name: 'Y', braced: true, quoted: false });
  });
});

describe('line-level diagnostics', () => {
  it.each<[string, string, string[]]>([
    ['unterminated double quote', 'global\n  description "abc\n', ['unterminated-quote']],
    ['unterminated single quote', "global\n  description 'abc\n", ['unterminated-quote']],
    ['bad hex escape', 'global\n  description a\\xZZ\n', ['invalid-escape']],
    ['bad env name', 'global\n  description "$1"\n', ['invalid-env-name']],
    ['unclosed env brace', 'global\n  description "${ABC"\n', ['unmatched-env-brace']],
    ['missing final newline', 'global\n  maxconn 1', ['missing-final-newline']],
    ['BOM', '\uFEFFglobal\n', ['byte-order-mark']],
    ['stray NUL', 'global\n  max\0conn 1\n', ['nul-character']],
    ['lone CR', 'global\r x\n', ['carriage-return']],
    ['lone .endif', 'global\n.endif\n', ['conditional-unmatched']],
    ['unterminated .if', '.if defined(X)\nglobal\n', ['conditional-unterminated']],
    ['.elif after .else', '.if defined(A)\n.else\n.elif defined(B)\n.endif\n', ['conditional-unmatched']],
    ['missing brace in condition', 'frontend f\n  http-request deny if { path /x\n', ['condition-syntax']],
    ['empty anonymous ACL', 'frontend f\n  http-request deny if { }\n', ['condition-syntax']],
    ['empty condition (HAProxy accepts it)', 'frontend f\n  http-request deny unless !\n', ['condition-empty']],
    ['too many words', `global\n  ${Array.from({ length: 70 }, (_, i) => `w${i}`).join(' ')}\n`, ['too-many-words']],
    ['clean file', 'global\n  maxconn 1\n', []],
  ])('%s', (_n, text, expected) => expect(codes(text)).toEqual(expected));

  it('adds the final line ending the file uses', () => {
    const fixOf = (text: string): string | undefined => parse(text).diagnostics.find((d) => d.code === 'missing-final-newline')?.fix?.[0]?.newText;
    expect(fixOf('global\n  maxconn 1')).toBe('\n');
    expect(fixOf('global\r\n  maxconn 1')).toBe('\r\n');
    expect(fixOf('global')).toBe('\n');
  });

  it('reports exact ranges', () => {
    const doc = parse('global\n  description "abc\n');
    const d = doc.diagnostics[0]!;
    expect(doc.lineIndex.positionAt(d.range.start)).toEqual({ line: 1, column: 14 });
    expect(doc.text.slice(d.range.start, d.range.end)).toBe('"abc');
  });
});
