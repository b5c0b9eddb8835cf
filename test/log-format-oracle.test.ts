/**
 * Log-format strings against the real HAProxy 2.6: for each variable name the catalog knows in
 * any release (and a few near misses), and for strings that stress the reader (stray `%`, flags,
 * field names, unclosed parts), in an HTTP frontend, a TCP frontend and a rule, haproxy's verdict
 * and hacfg's `invalid-log-format` findings must agree.
 */
import { LOG_FORMAT_VARIABLES } from '@hacfg/catalog';
import { lintText } from '@hacfg/linter';
import { describe, expect, it } from 'vitest';
import { checkConfig, haproxyBin } from './support/haproxy.js';
import { pool } from './support/pool.js';

const HEAD = 'global\n    log stdout local0\ndefaults\n    log global\n    timeout connect 5s\n    timeout client 5s\n    timeout server 5s\n';
const BACKEND = 'backend b\n    mode http\n    server s 127.0.0.1:8080\n';

/** The same string where HAProxy reads it three ways. */
const placements = (fmt: string): Record<string, string> => ({
  'http log-format': `${HEAD}frontend f\n    mode http\n    bind 127.0.0.1:8081\n    log-format "${fmt}"\n    default_backend b\n${BACKEND}`,
  'tcp log-format': `${HEAD}frontend f\n    mode tcp\n    bind 127.0.0.1:8081\n    log-format "${fmt}"\n    default_backend t\nbackend t\n    mode tcp\n    server s 127.0.0.1:8080\n`,
  'set-header': `${HEAD}frontend f\n    mode http\n    bind 127.0.0.1:8081\n    http-request set-header X-A "${fmt}"\n    default_backend b\n${BACKEND}`,
});

const NAMES = [...new Set([...LOG_FORMAT_VARIABLES.map((v) => v.name), 'CI', 'Hm', 'ci1', 'sslx', 'Tx', 'xyz'])];
const STRINGS = [
  ...NAMES.map((n) => `%${n}`),
  '100%%', '%-x %/ %_a', '50%', 'a %1', '%{+Q}', '%{+Q', '%{+Q,+zz}ci', '%{+Q}1', '%[src', '%[src] %ci_x', '%(n)ci', '%(a b)zz', '%%%ci', '%{-Q}o %{+X}Ts', '%{Q}ci', '%{+json,+q}ci',
];

describe.skipIf(!haproxyBin)('log-format strings, hacfg against haproxy 2.6', () => {
  it('agree on every variable name and reader edge case', { timeout: 300_000 }, async () => {
    const cases = STRINGS.flatMap((fmt) => Object.entries(placements(fmt)).map(([where, config]) => ({ fmt, where, config })));
    const verdicts = await pool(cases, 2, async (c) => (await checkConfig(c.config)).exitCode === 0);
    const disagree: string[] = [];
    let rejected = 0;
    cases.forEach((c, i) => {
      const findings = lintText(c.config, { haproxyVersion: '2.6' }).messages.filter((m) => m.ruleId === 'invalid-log-format');
      if (!verdicts[i]) rejected++;
      if (verdicts[i] === findings.length > 0) disagree.push(`${c.where} '${c.fmt}': haproxy ${verdicts[i] ? 'accepts' : 'refuses'}, hacfg ${findings.map((m) => m.message).join('; ') || 'finds nothing'}`);
    });
    console.log(`log-format: ${cases.length} cases, ${rejected} refused by haproxy, ${disagree.length} disagreements`);
    expect(disagree).toEqual([]);
    // Both verdicts are exercised.
    expect(rejected).toBeGreaterThan(30);
    expect(cases.length - rejected).toBeGreaterThan(100);
  });

  it('agree on which fetches a log line can read', { timeout: 120_000 }, async () => {
    const fetches = ['req.hdr(host)', 'req.fhdr(x)', 'capture.req.hdr(0)', 'res.hdr(x)', 'path', 'url', 'base', 'query', 'req.ver', 'req.body', 'method', 'status', 'src', 'ssl_fc_sni', 'var(txn.x)', 'res.comp', 'http_first_req'];
    const configs = fetches.map((f) => placements(`%[${f}]`)['http log-format']!);
    const verdicts = await pool(configs, 2, async (c) => (await checkConfig(c)).exitCode === 0);
    const disagree = fetches.flatMap((f, i) => {
      const errors = lintText(configs[i]!, { haproxyVersion: '2.6' }).messages.filter((m) => m.severity === 'error');
      return verdicts[i] === errors.length > 0 ? [`%[${f}]: haproxy ${verdicts[i] ? 'accepts' : 'refuses'}, hacfg ${errors.map((m) => m.message).join('; ') || 'finds nothing'}`] : [];
    });
    expect(disagree).toEqual([]);
    expect(verdicts.filter((v) => !v).length).toBeGreaterThan(5);
  });
});
