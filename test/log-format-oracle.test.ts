/**
 * Log-format strings against the real HAProxy (2.6 in CI): for each variable name the catalog knows in
 * any release (and a few near misses), and for strings that stress the reader (stray `%`, flags,
 * field names, unclosed parts), in an HTTP frontend, a TCP frontend and a rule, haproxy's verdict
 * and hacfg's `invalid-log-format` findings must agree. The other places HAProxy compiles a format
 * (a dynamic `use_backend`/`use-server` name, health-check send and expect strings, `http-error`
 * replies) are held to the same verdicts over a smaller set of strings, counting all hacfg errors.
 */
import { LOG_FORMAT_VARIABLES } from '@hacfg/catalog';
import { lintText, type LintMessage } from '@hacfg/linter';
import { describe, expect, it } from 'vitest';
import { ORACLE_VERSION, checkConfig, haproxyBin } from './support/haproxy.js';
import { pool } from './support/pool.js';

const HEAD = 'global\n    log stdout local0\ndefaults\n    log global\n    timeout connect 5s\n    timeout client 5s\n    timeout server 5s\n';
const BACKEND = 'backend b\n    mode http\n    server s 127.0.0.1:8080\n';

/** The same string where HAProxy reads it three ways. */
const placements = (fmt: string): Record<string, string> => ({
  'http log-format': `${HEAD}frontend f\n    mode http\n    bind 127.0.0.1:8081\n    log-format "${fmt}"\n    default_backend b\n${BACKEND}`,
  'tcp log-format': `${HEAD}frontend f\n    mode tcp\n    bind 127.0.0.1:8081\n    log-format "${fmt}"\n    default_backend t\nbackend t\n    mode tcp\n    server s 127.0.0.1:8080\n`,
  'set-header': `${HEAD}frontend f\n    mode http\n    bind 127.0.0.1:8081\n    http-request set-header X-A "${fmt}"\n    default_backend b\n${BACKEND}`,
});

const TCP_BACKEND = 'backend t\n    mode tcp\n    server s 127.0.0.1:8080\n';
const FE = (mode: string, line: string, be: string): string => `${HEAD}frontend f\n    mode ${mode}\n    bind 127.0.0.1:8081\n    ${line}\n    default_backend ${be}\n`;
const CHECKED = (mode: string, option: string, lines: string): string =>
  `${HEAD}frontend f\n    mode ${mode}\n    bind 127.0.0.1:8081\n    default_backend c\nbackend c\n    mode ${mode}\n    option ${option}\n${lines}    server s 127.0.0.1:8080 check\n`;
/** The other places HAProxy compiles a format, each with its own line around `fmt`. */
const otherPlacements = (fmt: string): Record<string, string> => ({
  'use_backend (http)': `${FE('http', `use_backend ${fmt}`, 'b')}${BACKEND}`,
  'use_backend (tcp)': `${FE('tcp', `use_backend ${fmt}`, 't')}${TCP_BACKEND}`,
  'use-server': `${FE('http', 'default_backend b', 'b')}backend b\n    mode http\n    use-server ${fmt} if TRUE\n    server s 127.0.0.1:8080\n`,
  'http-check send uri-lf': CHECKED('http', 'httpchk', `    http-check send meth GET uri-lf ${fmt}\n`),
  'http-check send hdr': CHECKED('http', 'httpchk', `    http-check send meth GET uri / hdr X-A ${fmt}\n`),
  'http-check expect string-lf': CHECKED('http', 'httpchk', `    http-check expect ! string-lf ${fmt}\n`),
  'http-check expect on-success': CHECKED('http', 'httpchk', `    http-check expect status 200 on-success ${fmt}\n`),
  'http-check expect hdr value-lf': CHECKED('http', 'httpchk', `    http-check expect hdr name -m str x value-lf ${fmt}\n`),
  'tcp-check send-lf': CHECKED('tcp', 'tcp-check', `    tcp-check send-lf ${fmt}\n    tcp-check expect string +OK\n`),
  'tcp-check expect on-error': CHECKED('tcp', 'tcp-check', `    tcp-check send PING\\r\\n\n    tcp-check expect string +OK on-error ${fmt}\n`),
  'tcp-check expect string-lf': CHECKED('tcp', 'tcp-check', `    tcp-check send PING\\r\\n\n    tcp-check expect string-lf ${fmt}\n`),
  'http-error lf-string': `${FE('http', `http-error status 503 content-type text/plain lf-string ${fmt}`, 'b')}${BACKEND}`,
});
const OTHER_STRINGS = [
  '%ci', '%ST', '%HM', '%r', '%b', '%s', '%Ts', '%zz', '%[src', '%[nosuch]', '%[src,lowr]', '%[src]', '%{+Q}ci', '%{Q}ci', 'plain', 'a%%b', '50%', '%[be_name]', '%[srv_name]',
  '%[req.hdr(host)]', '%[res.hdr(x)]', '%[path]', '%[status]', '%[res.payload(0,4)]', '%[req.ssl_sni]', '%[ssl_fc_sni]', '%[var(txn.x)]', '%[res.body]',
];

const NAMES = [...new Set([...LOG_FORMAT_VARIABLES.map((v) => v.name), 'CI', 'Hm', 'ci1', 'sslx', 'Tx', 'xyz'])];
const STRINGS = [
  ...NAMES.map((n) => `%${n}`),
  '100%%', '%-x %/ %_a', '50%', 'a %1', '%{+Q}', '%{+Q', '%{+Q,+zz}ci', '%{+Q}1', '%[src', '%[src] %ci_x', '%(n)ci', '%(a b)zz', '%%%ci', '%{-Q}o %{+X}Ts', '%{Q}ci', '%{+json,+q}ci',
];

interface Case {
  readonly fmt: string;
  readonly where: string;
  readonly config: string;
}

/** Each string in each placement, judged by haproxy and by hacfg (the findings `pick` keeps). */
async function compare(strings: readonly string[], placed: (fmt: string) => Record<string, string>, pick: (m: LintMessage) => boolean): Promise<{ cases: Case[]; rejected: number; disagree: string[] }> {
  const cases = strings.flatMap((fmt) => Object.entries(placed(fmt)).map(([where, config]) => ({ fmt, where, config })));
  const verdicts = await pool(cases, 2, async (c) => (await checkConfig(c.config)).exitCode === 0);
  const disagree: string[] = [];
  let rejected = 0;
  cases.forEach((c, i) => {
    const findings = lintText(c.config, { haproxyVersion: ORACLE_VERSION }).messages.filter(pick);
    if (!verdicts[i]) rejected++;
    if (verdicts[i] === findings.length > 0) disagree.push(`${c.where} '${c.fmt}': haproxy ${verdicts[i] ? 'accepts' : 'refuses'}, hacfg ${findings.map((m) => `${m.ruleId}: ${m.message}`).join('; ') || 'finds nothing'}`);
  });
  return { cases, rejected, disagree };
}

describe.skipIf(!haproxyBin)(`log-format strings, hacfg against haproxy ${ORACLE_VERSION}`, () => {
  it('agree on every variable name and reader edge case', { timeout: 300_000 }, async () => {
    const { cases, rejected, disagree } = await compare(STRINGS, placements, (m) => m.ruleId === 'invalid-log-format');
    console.log(`log-format: ${cases.length} cases, ${rejected} refused by haproxy, ${disagree.length} disagreements`);
    expect(disagree).toEqual([]);
    // Both verdicts are exercised.
    expect(rejected).toBeGreaterThan(30);
    expect(cases.length - rejected).toBeGreaterThan(100);
  });

  it('agree on which fetches a log line can read', { timeout: 120_000 }, async () => {
    const fetches = ['req.hdr(host)', 'req.fhdr(x)', 'capture.req.hdr(0)', 'res.hdr(x)', 'path', 'url', 'base', 'query', 'req.ver', 'req.body', 'method', 'status', 'src', 'ssl_fc_sni', 'var(txn.x)', 'res.comp', 'http_first_req'];
    const { rejected, disagree } = await compare(fetches.map((f) => `%[${f}]`), (fmt) => ({ 'http log-format': placements(fmt)['http log-format']! }), (m) => m.severity === 'error');
    expect(disagree).toEqual([]);
    expect(rejected).toBeGreaterThan(5);
  });

  it('agree on the formats of switching rules, health checks and http-error', { timeout: 300_000 }, async () => {
    const { cases, rejected, disagree } = await compare(OTHER_STRINGS, otherPlacements, (m) => m.severity === 'error');
    console.log(`formats elsewhere: ${cases.length} cases, ${rejected} refused by haproxy, ${disagree.length} disagreements`);
    expect(disagree).toEqual([]);
    expect(rejected).toBeGreaterThan(50);
    expect(cases.length - rejected).toBeGreaterThan(50);
  });
});
