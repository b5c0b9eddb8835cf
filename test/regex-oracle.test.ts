/**
 * Regexes against the real HAProxy (2.6 in CI, PCRE2 10.42): hand-picked edge cases and seeded random
 * strings of regex fragments, each on its own line as a single-quoted ACL pattern (compiled without
 * captures) and, for a share of them, as a `replace-path` regex (with captures). haproxy's refused
 * lines and the lines where hacfg reports an error must agree: no false error at all, and the misses
 * (constructs the scanner does not model, such as verbs and conditionals) under 2%.
 */
import { lintText } from '@hacfg/linter';
import { describe, expect, it } from 'vitest';
import { ORACLE_VERSION, checkConfig, haproxyBin } from './support/haproxy.js';
import { pool } from './support/pool.js';

const EDGES = [
  'a(b', 'a)', '[a', 'a\\', '*a', 'a{3,2}', '(a)\\1', '\\x{100}', '\\x{ff}', '(?<=a+)b', '[z-a]', 'a**', '[[:foo:]]', '(?P<n>a)', '\\Qa(\\E', '[:alpha:]',
  'a{2}{3}', '+a', '?a', 'a{70000}', 'a{65535}', '(?Z)', '\\L', '\\ca', '\\c', '\\k', '(?<=a|bc)d', '(?i)a', 'a++', 'a?+b', '(?#comment', 'a(?#c)*', '[]a]', '[^]a]',
  '\\p{Foo}', '\\p{L}', '\\p{Lu', '\\N', '\\N{U+41}', '\\N{3}', '\\N{x}', '\\o{400}', '\\o{8}', '\\o', '(?|(a)|(b))', '(?>a)', '(?R)', '(?1)(a)', '(?C)', '(*UTF)a', '(*FOO)a',
  '^*', '$*', '\\b*', '\\K*', '(?=a)*', '(?<=a)?', '\\i', '\\y', '\\a', '\\e', '\\8', '\\10', '\\400', '\\377', '(?<n>a)\\k<n>', '\\k<m>', '(?<n>a)(?<n>b)', '(?J)(?<n>a)(?<n>b)',
  '(?<1a>x)', '(?<>x)', '(?<n', '(?<a-b>x)', '(?P=n)', '(?&n)', '(?Pa)', 'a{,3}', 'a{ 2}', 'x{}', '{2}', 'a|*b', '(|*)', '[a-\\d]', '[\\d-z]', '[a-]', '[-a]', '[[:alpha:]-z]',
  '[.a.]', '[[=a=]]', '[[:^alpha:]]', '[\\Q]\\E]', '[\\E]', '[\\Qz\\E-a]', '[\\Qa\\E-z]', '[a-\\Q\\E]', '[\\b]', '[\\B]', '[\\R]', '[\\N]', '[\\k]', '[\\g]', '[\\i]', '[\\8]',
  '\\Q\\E*', 'a\\E*', '(?x) a + b', '(?x)a #c\n+', '(?^-i)a', '(?xx)a', '(?n)(a)\\1', '(?n)(?<n>a)\\1', '(?a)a', '(?-1)', '(?+1)(a)', '\\g{-1}', '\\g1', '\\g{0}', '\\g', '\\g<-1>',
  '\\c\u20ac', '(?<=a{2,})d', '(?<=\\X)d', '(?<=\\d{3})x', 'a+?+', 'a?++', '(?)', '(?i:', '\\p', '\\pL', '\\PL',
];
const FRAGMENTS = [
  'a', 'b', '.', '\\d', '\\w', '\\.', '(', ')', '(?:', '(?<n>', '(?<m>', '(?<=', '(?=', '(?!', '(?<!', '|', '*', '+', '?', '{2}', '{2,}', '{3,1}', '{1,3}', '{,2}', '[', ']', '[a-z]',
  '[^', '-', 'z', '^', '$', '\\b', '\\1', '\\2', '\\k<n>', '\\Q', '\\E', '[:alpha:]', '[[:digit:]]', '[[:foo:]]', '\\x41', '\\x{41}', '\\\\', '\\p{L}', '\\pL', '(?i)', '(?x)', '(?n)',
  '\\g{-1}', '\\g1', '{', '}', '\\', '(?#c)', '#', ' ', '\\R', '\\X', '\\h', '\\N', '\\0', '\\12', '\\o{12}', '\\c', '(?|', '(?P<n>', '(?P=n)', '(?&n)', '(?1)', '(?-1)', '(?+1)', '(?R)',
  '\\G', '\\K', '\\A', '\\z', '\\s', '[\\d-z]', '[a-\\d]', '\\i', '\\L', '(?J)', '?+', '*?',
];

/** Seeded strings of 1 to 6 fragments (a linear congruential generator: the same list on every run). */
function randomRegexes(count: number, seed: number): string[] {
  let s = seed;
  const next = (): number => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
  const out = new Set<string>();
  while (out.size < count) {
    let r = '';
    const n = 1 + Math.floor(next() * 6);
    for (let i = 0; i < n; i++) r += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
    out.add(r);
  }
  return [...out];
}

const HEAD = 'defaults\n    mode http\n    timeout connect 5s\n    timeout client 5s\n    timeout server 5s\nfrontend f\n    bind 127.0.0.1:8081\n';
const TAIL = '    default_backend b\nbackend b\n    server s 127.0.0.1:8080\n';
const FIRST_LINE = HEAD.split('\n').length;

interface Verdicts {
  readonly cases: number;
  readonly refused: number;
  readonly falseErrors: string[];
  readonly misses: string[];
}

/**
 * Regexes in chunks of `size` lines, each line placed by `line`; a line is refused when haproxy
 * names it in an alert. haproxy stops after 50 errors, and after the first refused rule action.
 */
async function compare(regexes: readonly string[], size: number, line: (re: string) => string): Promise<Verdicts> {
  const chunks: string[][] = [];
  for (let i = 0; i < regexes.length; i += size) chunks.push(regexes.slice(i, i + size));
  const results = await pool(chunks, 2, async (chunk) => {
    const config = `${HEAD}${chunk.map((re) => `    ${line(re)}\n`).join('')}${TAIL}`;
    const { alerts } = await checkConfig(config);
    const refused = new Set(alerts.flatMap((a) => [...a.matchAll(/FILE:(\d+)\]/g)].map((m) => Number(m[1]))));
    const flagged = new Set(lintText(config, { haproxyVersion: ORACLE_VERSION }).messages.filter((m) => m.severity === 'error').map((m) => m.line));
    return chunk.map((re, k) => ({ re, refused: refused.has(FIRST_LINE + k), flagged: flagged.has(FIRST_LINE + k) }));
  });
  const all = results.flat();
  return {
    cases: all.length,
    refused: all.filter((c) => c.refused).length,
    falseErrors: all.filter((c) => c.flagged && !c.refused).map((c) => c.re),
    misses: all.filter((c) => c.refused && !c.flagged).map((c) => c.re),
  };
}

// The placements quote the regex in single quotes, where HAProxy's tokenizer changes nothing.
const usable = (re: string): boolean => !re.includes("'") && !re.includes('\n');

describe.skipIf(!haproxyBin)(`regexes, hacfg against haproxy ${ORACLE_VERSION} (PCRE2)`, () => {
  it('agree as ACL patterns (no captures)', { timeout: 300_000 }, async () => {
    const regexes = [...EDGES.filter(usable), ...randomRegexes(1200, 7)];
    const v = await compare(regexes, 40, (re) => `acl a path_reg '${re}'`);
    console.log(`regex (ACL): ${v.cases} regexes, ${v.refused} refused by haproxy, ${v.falseErrors.length} false errors, ${v.misses.length} misses: ${v.misses.join('  ')}`);
    expect(v.falseErrors).toEqual([]);
    expect(v.refused).toBeGreaterThan(300);
    expect(v.cases - v.refused).toBeGreaterThan(300);
    expect(v.misses.length / v.refused).toBeLessThan(0.02);
  });

  it('agree as replace-path regexes (with captures)', { timeout: 300_000 }, async () => {
    const regexes = [...EDGES.filter(usable), ...randomRegexes(250, 11)];
    const v = await compare(regexes, 1, (re) => `http-request replace-path '${re}' /x`);
    console.log(`regex (replace-path): ${v.cases} regexes, ${v.refused} refused by haproxy, ${v.falseErrors.length} false errors, ${v.misses.length} misses: ${v.misses.join('  ')}`);
    expect(v.falseErrors).toEqual([]);
    expect(v.refused).toBeGreaterThan(100);
    expect(v.misses.length / v.refused).toBeLessThan(0.02);
  });
});
