/**
 * The catalog's required word counts of rule actions (argFacts('action', …)) are facts about
 * HAProxy: each example below is accepted by the real one, and refused one word short.
 */
import { argFacts } from '@hacfg/catalog';
import { describe, expect, it } from 'vitest';
import { checkConfig, haproxyBin } from './support/haproxy.js';
import { pool } from './support/pool.js';

/** A rule per action with exactly its required words. */
const EXAMPLES: Readonly<Record<string, string>> = {
  'set-header': 'http-request set-header X-A 1',
  'add-header': 'http-request add-header X-A 1',
  'del-header': 'http-request del-header X-A',
  'replace-header': 'http-request replace-header X-A a b',
  'replace-value': 'http-request replace-value X-A a b',
  'set-path': 'http-request set-path /x',
  'set-query': 'http-request set-query a=b',
  'set-uri': 'http-request set-uri /x',
  'set-method': 'http-request set-method GET',
  'set-status': 'http-response set-status 404',
  'set-var': 'http-request set-var(txn.x) str(a)',
  'set-log-level': 'http-request set-log-level silent',
  capture: 'http-request capture req.hdr(x) len 10',
  'set-nice': 'http-request set-nice 10',
  'track-sc': 'http-request track-sc2 src',
  'set-dst': 'http-request set-dst src',
  'set-src': 'http-request set-src src',
  'cache-use': 'http-request cache-use c1',
  'cache-store': 'http-response cache-store c1',
};

const proxy = (rule: string): string => `cache c1\n    total-max-size 4\nfrontend f\n    mode http\n    bind :8080\n    stick-table type ip size 1k\n    ${rule}\n`;

describe.skipIf(!haproxyBin)('rule actions and their required words', () => {
  it('are accepted with them and refused one short', { timeout: 120_000 }, async () => {
    const names = Object.keys(EXAMPLES);
    const results = await pool(names, 2, async (name) => {
      const full = EXAMPLES[name]!;
      const short = full.split(' ').slice(0, -1).join(' ');
      return { name, full: await checkConfig(proxy(full)), short: await checkConfig(proxy(short)) };
    });
    for (const { name, full, short } of results) {
      const words = EXAMPLES[name]!.split(' ').length - 2;
      expect(argFacts('action', name)?.min, name).toBe(words);
      expect(full.alerts, name).toEqual([]);
      expect(short.exitCode, name).not.toBe(0);
    }
  });
});
