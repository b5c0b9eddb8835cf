/**
 * The catalog's list of global keywords HAProxy refuses without their argument
 * (packages/catalog/src/global-required-arg.ts) is a fact about HAProxy: check it against the real
 * one, both ways: each listed keyword is refused bare, and each keyword refused bare gets an error.
 */
import { allKeywordNames, argFacts, GLOBAL_ENUMS_26, GLOBAL_MAX_ARGS_26, GLOBAL_REQUIRED_ARG, probedGlobalFacts } from '@hacfg/catalog';
import { lintText } from '@hacfg/linter';
import { describe, expect, it } from 'vitest';
import { ORACLE_VERSION, checkConfig, haproxyBin } from './support/haproxy.js';
import { pool } from './support/pool.js';
import { disagreements, verdicts } from './support/verdicts.js';

/** Keywords a default build lacks or refuses for another reason than their argument (a missing library, a debug build option). */
const BUILD_DEPENDENT = /^(51degrees|deviceatlas|wurfl|quic|tune\.quic|tune\.zlib|maxzlibmem|debug\.|tune\.ssl\.certificate-compression)/;

describe.skipIf(!haproxyBin)('global keywords that need an argument', () => {
  it('are refused by haproxy -c without one, for a missing argument', { timeout: 120_000 }, async () => {
    const known = new Set(allKeywordNames('global', ORACLE_VERSION));
    const names = [...GLOBAL_REQUIRED_ARG].filter((n) => known.has(n) && (argFacts('global', n, ORACLE_VERSION)?.min ?? 0) >= 1);
    const results = await pool(names, 2, async (name) => ({ name, r: await checkConfig(`global\n    ${name}\n`) }));
    for (const { name, r } of results) {
      expect(r.exitCode, name).not.toBe(0);
      expect(r.alerts.join('\n'), name).not.toMatch(/unknown keyword/);
    }
    expect(names.length).toBeGreaterThan(50);
  });

  it('get a hacfg error exactly when haproxy -c refuses them bare', { timeout: 180_000 }, async () => {
    const names = allKeywordNames('global', ORACLE_VERSION).filter((n) => !BUILD_DEPENDENT.test(n));
    const results = await pool(names, 2, async (name) => {
      const text = `global\n    ${name}\n`;
      const r = await checkConfig(text);
      // Refused on its line, or the file refused without a line (an empty path or resolvers name found missing later).
      const refused = r.alerts.some((a) => a.includes('FILE:2]')) || r.exitCode === 1;
      const flagged = lintText(text, { haproxyVersion: ORACLE_VERSION }).messages.some((m) => m.severity === 'error' && m.line === 2);
      return { name, refused, flagged, why: r.alerts[0] ?? '' };
    });
    expect(results.filter((r) => r.refused !== r.flagged).map((r) => `${r.name}: haproxy ${r.refused ? `refuses (${r.why})` : 'accepts'}`)).toEqual([]);
    expect(results.filter((r) => r.refused).length).toBeGreaterThan(60);
  });
});

/** Lines around each global fact: the largest accepted form, one word more, a bad name, values at and past the bounds. */
/** Keywords whose value HAProxy opens or looks up on this machine: only their word count is probed. */
const MACHINE = new Set(['issuers-chain-path', 'ssl-dh-param-file', 'httpclient.ssl.ca-file', 'httpclient.resolvers.id', 'ca-base', 'crt-base', 'uid', 'gid', 'user', 'group', 'localpeer']);

function probes(): string[] {
  const out: string[] = [];
  for (const [k, max] of Object.entries(GLOBAL_MAX_ARGS_26)) {
    const values = GLOBAL_ENUMS_26[k];
    const word = (i: number): string => (i === 0 && values ? values[0]! : argFacts('global', k, ORACLE_VERSION)?.args?.[i]?.type === 'time' ? '1s' : '1');
    const words = Array.from({ length: max }, (_, i) => word(i));
    if (!MACHINE.has(k)) out.push(`${k} ${words.join(' ')}`.trim());
    out.push(`${k} ${[...words, 'extra'].join(' ')}`);
  }
  for (const k of Object.keys(GLOBAL_ENUMS_26)) if (k !== 'default-path') out.push(`${k} hacfgbogus`);
  // What scripts/probe-global-args.mjs measured on this release beyond the hand-read 2.6 facts.
  for (const k of allKeywordNames('global', ORACLE_VERSION)) {
    const f = probedGlobalFacts(k, ORACLE_VERSION);
    if (!f || k in GLOBAL_MAX_ARGS_26 || BUILD_DEPENDENT.test(k)) continue;
    const words = Array.from({ length: f.max ?? 1 }, (_, i) => (i === 0 && f.values ? f.values[0]! : '1'));
    if (f.max !== undefined) out.push(`${k} ${words.join(' ')}`.trim(), `${k} ${[...words, 'extra'].join(' ')}`);
    if (f.values) out.push(`${k} hacfgbogus`, ...f.values.map((v) => `${k} ${v}`));
  }
  for (const k of ['grace', 'close-spread-time', 'max-spread-checks', 'tune.lua.session-timeout', 'hard-stop-after']) out.push(`${k} 5s`, `${k} 5x`, `${k} 99999999999`);
  for (const [k, lo, hi] of [['maxcompcpuusage', 0, 100], ['tune.pool-low-fd-ratio', 0, 100], ['tune.comp.maxlevel', 1, 9], ['tune.h2.header-table-size', 4096, 65536], ['tune.h2.max-frame-size', 16384, 16777215], ['tune.maxaccept', -1, 2147483647]] as const) {
    out.push(`${k} ${lo}`, `${k} ${lo - 1}`, `${k} ${hi}`, `${k} ${hi + 1}`);
  }
  for (const k of ['maxsslconn', 'tune.ssl.cachesize', 'tune.maxrewrite', 'tune.h2.initial-window-size']) out.push(`${k} 0`, `${k} -1`);
  out.push('tune.ssl.default-dh-param -1', 'tune.ssl.default-dh-param 512', 'tune.lua.maxmem 10s', 'tune.lua.maxmem 10');
  out.push('ssl-default-bind-options no-sslv3 no-tls-tickets ssl-min-ver TLSv1.2', 'ssl-default-bind-options bogus', 'ssl-default-bind-options ssl-min-ver TLSv1.4',
    'ssl-default-server-options force-tlsv12', 'ssl-default-server-options prefer-client-ciphers', 'ssl-default-bind-options strict-sni',
    'unix-bind prefix /tmp mode 600', 'unix-bind bogus', 'unix-bind mode', 'tune.ssl.lifetime 30d', 'tune.ssl.lifetime 30000d',
    'stats timeout 0', 'stats timeout 0s', 'stats timeout 10', 'tune.vars.txn-max-size 1k', 'tune.vars.txn-max-size -1', 'tune.vars.sess-max-size 99999999999', 'tune.vars.global-max-size 10 x', 'log');
  return out;
}

describe.skipIf(!haproxyBin)('global keyword word counts, names and values', () => {
  it('are judged by hacfg as haproxy -c judges them', { timeout: 180_000 }, async () => {
    const results = await verdicts(probes().map((line) => ({ label: line, text: `global\n    ${line}\n`, line: 2 })));
    expect(disagreements(results)).toEqual([]);
    expect(results.filter((r) => r.refused).length).toBeGreaterThan(120);
  });
});
