/**
 * The catalog's argument facts for keywords of resolvers, cache, mailers, ring and log-forward
 * sections (argFacts('section', …)) against the real HAProxy (2.6 in CI): each probe line gets the same
 * verdict from hacfg as from haproxy -c.
 */
import { describe, expect, it } from 'vitest';
import { haproxyBin } from './support/haproxy.js';
import { disagreements, verdicts } from './support/verdicts.js';

const PROBES: readonly (readonly [string, string])[] = [
  ['resolvers r', 'accepted_payload_size 512'], ['resolvers r', 'accepted_payload_size 8'], ['resolvers r', 'accepted_payload_size x'], ['resolvers r', 'hold valid 10s'],
  ['resolvers r', 'hold valid'], ['resolvers r', 'hold bogus 10s'], ['resolvers r', 'hold nx 1x'], ['resolvers r', 'resolve_retries 3'], ['resolvers r', 'resolve_retries'],
  ['resolvers r', 'timeout retry 1s'], ['resolvers r', 'timeout bogus 1s'], ['resolvers r', 'timeout resolve'], ['cache c', 'total-max-size 4'], ['cache c', 'total-max-size 4 5'],
  ['cache c', 'max-age 60 1'], ['mailers m', 'timeout mail 10s'], ['mailers m', 'timeout mail'], ['mailers m', 'timeout mail 10x'], ['mailers m', 'timeout smtp 10s'],
  ['ring rg', 'description x'], ['ring rg', 'description'], ['ring rg', 'format rfc5424'], ['ring rg', 'format json'], ['ring rg', 'maxlen 1024'], ['ring rg', 'maxlen 0'],
  ['ring rg', 'maxlen -1'], ['ring rg', 'size 32768'], ['ring rg', 'size 0'], ['ring rg', 'size x'], ['ring rg', 'size -1'], ['ring rg', 'size 40000x'], ['ring rg', 'timeout connect 5s'], ['ring rg', 'timeout client 5s'], ['ring rg', 'timeout server'], ['log-forward lf', 'backlog 10'],
  ['log-forward lf', 'backlog 10 20'], ['log-forward lf', 'maxconn 10 20'], ['log-forward lf', 'timeout client 5s'], ['log-forward lf', 'timeout server 5s'],
  // Stick tables (proxies and peers sections share one grammar).
  ['backend b', 'stick-table type ip size 1m store gpc0,http_req_rate(10s)'], ['backend b', 'stick-table type ip size 1m store http_req_rate'],
  ['backend b', 'stick-table type ip size 1m store gpc(2),gpc_rate(2,10s)'], ['backend b', 'stick-table type ip size 1m store gpc(2),gpc0'], ['backend b', 'stick-table type ip size 1m store gpc_rate(2)'],
  ['backend b', 'stick-table type string len 32 size 1m'], ['backend b', 'stick-table type ip len 4 size 1m'], ['backend b', 'stick-table size 1m'], ['backend b', 'stick-table type ip size 1m bogus'],
  ['backend b', 'stick-table type ip size 1m srvkey addr'], ['backend b', 'stick-table type ip size 1m srvkey x'], ['backend b', 'stick-table type ip size 1m store gpc0(1)'],
  ['peers p', 'table t type ip size 1m store bogus'],
  // A peers section's default-bind takes bind options.
  ['peers p', 'default-bind ssl crt-ignore-err all'], ['peers p', 'default-bind bogus'], ['peers p', 'default-bind ssl crtt x'],
];

describe.skipIf(!haproxyBin)('keywords of resolvers, cache, mailers, ring and log-forward sections, and stick tables', () => {
  it('are judged by hacfg as haproxy -c judges them', { timeout: 120_000 }, async () => {
    const results = await verdicts(PROBES.map(([head, line]) => ({ label: `${head}: ${line}`, text: `${head}\n    ${line}\n`, line: 2 })));
    expect(disagreements(results)).toEqual([]);
    expect(results.filter((r) => r.refused).length).toBeGreaterThan(15);
  });
});
