/**
 * Which server and bind options need their value is a fact about HAProxy: for every option of
 * HAProxy 2.6 that reads a value, written as the last word of its line, hacfg reports
 * missing-argument exactly when the real HAProxy refuses the line.
 */
import { allBindOptionNames, allServerOptionNames, bindOption, serverOption } from '@hacfg/catalog';
import { lintText } from '@hacfg/linter';
import { describe, expect, it } from 'vitest';
import { ORACLE_VERSION, checkConfig, haproxyBin } from './support/haproxy.js';
import { pool } from './support/pool.js';
import { disagreements, verdicts } from './support/verdicts.js';

const HEAD = 'defaults\n    mode http\n    timeout connect 1s\n    timeout client 1s\n    timeout server 1s\n';
const cases = [
  ...allServerOptionNames().filter((n) => serverOption(n, ORACLE_VERSION)?.takesArgument).map((n) => ({ name: `server ${n}`, text: `${HEAD}backend b\n    server s 127.0.0.1:80 ${n}\n` })),
  ...allBindOptionNames().filter((n) => bindOption(n, ORACLE_VERSION)?.takesArgument).map((n) => ({ name: `bind ${n}`, text: `${HEAD}frontend f\n    bind 127.0.0.1:8080 ${n}\n` })),
];

describe.skipIf(!haproxyBin)('server and bind options without their value', () => {
  it('are missing-argument errors exactly when haproxy refuses them', { timeout: 180_000 }, async () => {
    const results = await pool(cases, 2, async (c) => {
      const r = await checkConfig(c.text);
      return { ...c, refused: r.alerts.some((a) => a.includes('FILE:7]')) };
    });
    const disagree = results.filter((r) => {
      const missing = lintText(r.text, { haproxyVersion: ORACLE_VERSION }).messages.some((m) => m.ruleId === 'missing-argument' && m.line === 7);
      return missing !== r.refused;
    });
    expect(disagree.map((d) => `${d.name}: haproxy ${d.refused ? 'refuses' : 'accepts'}`)).toEqual([]);
    expect(results.filter((r) => r.refused).length).toBeGreaterThan(60);
  });
});

/** Server and bind option values the catalog types: one HAProxy accepts and ones it refuses. */
const VALUE_PROBES: readonly (readonly [string, string])[] = [
  ['server', 'error-limit 5'], ['server', 'error-limit 0'], ['server', 'id 3'], ['server', 'id x'], ['server', 'log-proto octet-count'], ['server', 'log-proto x'],
  ['server', 'pool-purge-delay 5s'], ['server', 'pool-purge-delay 1k'], ['server', 'resolve-prefer ipv6'], ['server', 'resolve-prefer x'], ['server', 'tcp-ut 10s'], ['server', 'tcp-ut -1'],
  ['server', 'verify none'], ['server', 'verify optional'], ['server', 'ws h2'], ['server', 'ws h3'], ['server', 'weight 256'], ['server', 'weight 257'], ['server', 'inter 0'],
  ['bind', 'backlog 0'], ['bind', 'backlog -1'], ['bind', 'maxconn 0'], ['bind', 'maxconn -1'], ['bind', 'id 7'], ['bind', 'id 0'], ['bind', 'id 1k'], ['bind', 'nice -1024'],
  ['bind', 'nice 2000'], ['bind', 'verify optional'], ['bind', 'verify x'], ['bind', 'level admin'], ['bind', 'level root'], ['bind', 'severity-output number'],
  ['bind', 'severity-output x'], ['bind', 'expose-fd listeners'], ['bind', 'expose-fd x'],
  ['server', 'proxy-v2-options ssl,cert-cn'], ['server', 'proxy-v2-options ssl,tls'], ['server', 'resolve-opts allow-dup-ip'], ['server', 'resolve-opts x'],
  ...['10.0.0.0/8,192.168.0.0/255.255.0.0,', '10.0.0.1', '2001:db8::/32', '::/0', '10/8', '10.0.0.0/33', '10.0.0.256', '2001:db8::/129', '10.0.0.0/x', '010.0.0.0/8', '10.0.0.0/8,x', '10.0.0.0/+8', '2001:db8::/+32', '10.0.0.0/ 8'].map((n): [string, string] => ['server', `resolve-net ${n}`]),
  // Thread and process sets (thread numbers above this machine's thread count are left out: refused there only).
  ...['1', '1-', 'all', 'odd', '1/1', '1/all', '+1/1', '01', '0', '65', '1-65', '-2', 'x', '1a', '1,2', '2/1', '0/1', '1/0', '/1', '1/', '1--2', 'all-2', '1/1/1', '1//1', '1 thread 1/1', '1/1 thread 1/1'].map((t): [string, string] => ['bind', `thread ${t}`]),
  ...['1', 'all', '1/1', '1/1-', '1-', '2', '0', '65', 'x', '1/x', '1/65', '1-2', '-', '1/', '/1', '1/1/1', '1/1,2'].map((p): [string, string] => ['bind', `process ${p}`]),
  ['bind', 'mss 1460'], ['bind', 'mss 0'], ['bind', 'mss 1k'], ['bind', 'shards by-thread'], ['bind', 'shards 65'], ['bind', 'accept-netscaler-cip 1'], ['bind', 'accept-netscaler-cip 0'],
];

describe.skipIf(!haproxyBin)('server and bind option values', () => {
  it('are judged by hacfg as haproxy -c judges them', { timeout: 120_000 }, async () => {
    const results = await verdicts(
      VALUE_PROBES.map(([kind, param]) => ({ label: `${kind} ${param}`, text: kind === 'server' ? `${HEAD}backend b\n    server s 127.0.0.1:80 ${param}\n` : `${HEAD}frontend f\n    bind 127.0.0.1:8080 ${param}\n`, line: 7 })),
    );
    expect(disagreements(results)).toEqual([]);
    expect(results.filter((r) => r.refused).length).toBeGreaterThan(15);
  });
});
