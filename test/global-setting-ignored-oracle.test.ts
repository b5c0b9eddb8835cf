/**
 * global-setting-ignored against the real HAProxy (2.6 in CI): for each setting it knows, two lines (and a first
 * line that leaves the setting unset) are checked, and hacfg must warn on exactly the lines where
 * HAProxy prints "already specified. Continuing." while still accepting the configuration (2.6
 * prints it as an alert, later releases as a warning).
 */
import { lint } from '@hacfg/linter';
import { parse } from '@hacfg/syntax';
import { describe, expect, it } from 'vitest';
import { ORACLE_VERSION, checkConfig, haproxyBin } from './support/haproxy.js';
import { pool } from './support/pool.js';

const PROBES: readonly (readonly string[])[] = [
  ['chroot /tmp', 'chroot /var/empty'],
  ['cluster-secret abc', 'cluster-secret def'],
  ['log-send-hostname a', 'log-send-hostname b'],
  ['pidfile /tmp/a.pid', 'pidfile /tmp/b.pid'],
  ['server-state-base /tmp', 'server-state-base /var'],
  ['server-state-file /tmp/a', 'server-state-file /tmp/b'],
  ...['fd-hard-limit', 'maxconn', 'maxconnrate', 'maxpipes', 'maxsessrate', 'maxsslrate', 'spread-checks', 'tune.maxaccept', 'tune.maxpollevents', 'tune.rcvbuf.client', 'tune.rcvbuf.server', 'tune.runqueue-depth', 'tune.sndbuf.client', 'tune.sndbuf.server', 'ulimit-n'].flatMap((k) => [
    // spread-checks is a percentage (0-50).
    k === 'spread-checks' ? [`${k} 5`, `${k} 6`] : [`${k} 5000`, `${k} 6000`],
    k === 'spread-checks' ? [`${k} 0`, `${k} 6`, `${k} 7`] : [`${k} 0`, `${k} 6000`, `${k} 7000`],
  ]),
  ['uid 99', 'user root'],
  ['user root', 'uid 99', 'uid 98'],
  ['uid 0', 'uid 99'],
  ['gid 99', 'group root'],
  ['group root', 'gid 99', 'gid 98'],
  ['description a', 'description b'],
  ['nbthread 2', 'nbthread 1'],
];

describe.skipIf(!haproxyBin)('global settings written twice', () => {
  it('are reported where haproxy says it keeps the first value', { timeout: 120_000 }, async () => {
    const results = await pool(PROBES, 2, async (lines) => {
      const text = `global\n${lines.map((l) => `    ${l}\n`).join('')}`;
      const hp = await checkConfig(text);
      const theirs = [...hp.alerts, ...hp.warnings].filter((a) => /already specified/.test(a)).map((a) => Number(/FILE:(\d+)/.exec(a)?.[1]));
      const [result] = lint(parse(text), { haproxyVersion: ORACLE_VERSION });
      const ours = result!.messages.filter((m) => m.ruleId === 'global-setting-ignored').map((m) => m.line);
      return { lines: lines.join(' / '), theirs, ours, exit: hp.exitCode };
    });
    expect(results.filter((r) => JSON.stringify(r.theirs) !== JSON.stringify(r.ours))).toEqual([]);
    // Accepted: an alert, not an error (exit 2 is "no listener", the check itself passed).
    expect(results.filter((r) => r.exit !== 0 && r.exit !== 2)).toEqual([]);
    expect(results.filter((r) => r.theirs.length > 0).length).toBeGreaterThan(30);
  });
});
