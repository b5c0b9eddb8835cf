/**
 * Every keyword of the release in every section (proxy options aside: test/option-args-oracle),
 * with a handful of argument shapes (none, words, numbers, a delay, too many), judged by the real
 * HAProxy (2.6 in CI): hacfg has an error exactly when `haproxy -c` refuses the file. A listener is
 * added so that an empty frontend does not stop the check, and the whole file is judged because
 * names are resolved after parsing ("unable to find required default_backend", external checks).
 */
import { allKeywordNames } from '@hacfg/catalog';
import { lintText } from '@hacfg/linter';
import { describe, expect, it } from 'vitest';
import { ORACLE_VERSION, checkConfig, haproxyBin } from './support/haproxy.js';
import { pool } from './support/pool.js';

const SECTIONS = ['frontend', 'backend', 'listen', 'defaults', 'global', 'peers', 'resolvers', 'cache', 'mailers', 'ring', 'log-forward', 'userlist', 'program', 'http-errors', 'fcgi-app', 'crt-store', 'traces', 'acme'] as const;
/**
 * Global keywords whose verdict depends on this machine or build, not on the words: files, users,
 * Lua scripts and OpenSSL providers it lacks, its thread count; `tune.bufsize 1` crashes 2.6, and a
 * tiny `tune.http.maxhdr` fails on HAProxy's own default error pages.
 */
const MACHINE = new Set(['lua-load', 'lua-load-per-thread', 'user', 'group', 'ssl-provider', 'ssl-propquery', 'ssl-dh-param-file', 'issuers-chain-path', 'httpclient.ssl.ca-file', 'h1-case-adjust-file', 'thread-group', 'tune.bufsize', 'tune.http.maxhdr']);
const SHAPES = ['', 'x', 'x y', '1', '1 2', '0', '-1', '10s', 'a b c d'];

function probeText(section: string, line: string): string {
  const head = section === 'defaults' || section === 'global' ? section : `${section} n`;
  return `${head}\n    ${line}\nlisten zz\n    bind 127.0.0.1:1\n`;
}

describe.skipIf(!haproxyBin)(`keywords of every section with argument shapes (HAProxy ${ORACLE_VERSION})`, () => {
  it('get a hacfg error exactly when haproxy -c refuses them', { timeout: 900_000 }, async () => {
    const probes = SECTIONS.flatMap((section) =>
      allKeywordNames(section, ORACLE_VERSION)
        .filter((k) => !k.startsWith('option ') && !k.startsWith('no option') && !(section === 'global' && MACHINE.has(k)))
        .flatMap((k) => SHAPES.map((shape) => ({ section, line: shape ? `${k} ${shape}` : k }))),
    );
    const results = await pool(probes, 2, async ({ section, line }) => {
      const text = probeText(section, line);
      const r = await checkConfig(text);
      // Exit 2 is "valid but nothing to start"; refusals exit 1 with alerts.
      const refused = r.alerts.length > 0 && r.exitCode !== 0;
      const flagged = lintText(text, { haproxyVersion: ORACLE_VERSION }).messages.some((m) => m.severity === 'error');
      return { label: `[${section}] ${line}`, refused, flagged, why: r.alerts[0] ?? '' };
    });
    const refusals = results.filter((r) => r.refused).length;
    console.log(`keywords at ${ORACLE_VERSION}: ${results.length} probes, ${refusals} refused by haproxy`);
    expect(results.filter((r) => r.refused !== r.flagged).map((r) => `${r.label}: haproxy ${r.refused ? `refuses (${r.why})` : 'accepts'}`)).toEqual([]);
    expect(probes.length).toBeGreaterThan(5000);
    expect(refusals).toBeGreaterThan(500);
  });
});
