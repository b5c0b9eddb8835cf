/**
 * Sample-expression syntax against the real HAProxy (2.6 in CI): seeded random expressions (fetches and
 * converters with quoted, escaped and parenthesised arguments, half of them with one character
 * inserted or removed), read as a `set-var` expression, an
 * ACL criterion, a `%[…]` in a header value and, from 3.0, a `set-fc-mark` word (each single-quoted,
 * so HAProxy's tokenizer passes it as written). haproxy refuses the line exactly when hacfg reports an error on it.
 */
import { compareVersions } from '@hacfg/catalog';
import { lintText } from '@hacfg/linter';
import { describe, expect, it } from 'vitest';
import { ORACLE_VERSION, checkConfig, haproxyBin } from './support/haproxy.js';
import { pool } from './support/pool.js';

/** Well-formed pieces: fetches and converters with quoted, escaped and parenthesised arguments. */
const FETCHES = ['path', 'src', 'req.hdr(host)', 'req.hdr(host,1)', 'str(a)', 'str("a,b)")', 'str(a\\,b)', 'str()', 'var(txn.y)'];
const CONVERTERS = ['lower', 'upper', 'regsub(a,b)', 'regsub("(a)",b)', 'regsub(\\(,x)', 'regsub(a,b,g)', 'concat(a,txn.y)', 'concat(",",txn.y,")")', 'lower()', 'regsub(,x)'];
/** What a mutation inserts. */
const FRAGMENTS = ['(', ')', ',', '"', '\\', 'a', ' ', '[', ']', '(a)', ',,', '\\)', '\\"'];

/** Seeded expressions (the same list on every run): a fetch and up to three converters, every other one mutated once. */
function randomExpressions(count: number, seed: number): string[] {
  let s = seed;
  const next = (): number => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
  const pick = <T>(a: readonly T[]): T => a[Math.floor(next() * a.length)]!;
  const out = new Set<string>();
  while (out.size < count) {
    let e = pick(FETCHES);
    const n = Math.floor(next() * 4);
    for (let i = 0; i < n; i++) e += `,${pick(CONVERTERS)}`;
    if (next() < 0.5) {
      const at = Math.floor(next() * (e.length + 1));
      e = next() < 0.3 ? e.slice(0, at) + e.slice(at + 1) : e.slice(0, at) + pick(FRAGMENTS) + e.slice(at);
    }
    out.add(e);
  }
  return [...out];
}

const HEAD = 'defaults\n    mode http\n    timeout connect 5s\n    timeout client 5s\n    timeout server 5s\nfrontend f\n    bind 127.0.0.1:8081\n';
const TAIL = '    default_backend b\nbackend b\n    server s 127.0.0.1:8080\n';

const PLACEMENTS: Readonly<Record<string, (e: string) => string>> = {
  'set-var': (e) => `http-request set-var(txn.x) '${e}'`,
  'ACL criterion': (e) => `acl a '${e}' -m found`,
  '%[…] in set-header': (e) => `http-request set-header x '%[${e}]'`,
  // From 3.0 a mark/TOS action's word that is no integer is an expression; before, it is an integer.
  ...(compareVersions(ORACLE_VERSION, '3.0') >= 0 ? { 'set-fc-mark (3.0+)': (e: string) => `http-request set-fc-mark '${e}'` } : {}),
};

describe.skipIf(!haproxyBin)(`sample-expression syntax, hacfg against haproxy ${ORACLE_VERSION}`, () => {
  for (const [where, place] of Object.entries(PLACEMENTS)) {
    it(`agree in ${where}`, { timeout: 300_000 }, async () => {
      // One line per configuration: haproxy stops reading a file at the first refused rule.
      const configs = randomExpressions(200, where.length).map((e) => ({ e, config: `${HEAD}    ${place(e)}\n${TAIL}` }));
      const verdicts = await pool(configs, 2, async (c) => (await checkConfig(c.config)).exitCode === 0);
      const disagree: string[] = [];
      let refused = 0;
      configs.forEach((c, i) => {
        const errors = lintText(c.config, { haproxyVersion: ORACLE_VERSION }).messages.filter((m) => m.severity === 'error');
        if (!verdicts[i]) refused++;
        if (verdicts[i] === errors.length > 0) disagree.push(`'${c.e}': haproxy ${verdicts[i] ? 'accepts' : 'refuses'}, hacfg ${errors.map((m) => `${m.ruleId}: ${m.message}`).join('; ') || 'finds nothing'}`);
      });
      console.log(`sample syntax (${where}): ${configs.length} expressions, ${refused} refused by haproxy, ${disagree.length} disagreements`);
      expect(disagree).toEqual([]);
      // Both verdicts are exercised.
      expect(refused).toBeGreaterThan(30);
      expect(configs.length - refused).toBeGreaterThan(10);
    });
  }
});
