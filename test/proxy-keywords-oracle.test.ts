/**
 * Every proxy keyword of the release (options aside: test/option-args-oracle) in each proxy section,
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

const SECTIONS = ['frontend', 'backend', 'listen', 'defaults'] as const;
const SHAPES = ['', 'x', 'x y', '1', '1 2', '0', '-1', '10s', 'a b c d'];

function probeText(section: string, line: string): string {
  const head = section === 'defaults' ? 'defaults' : `${section} n`;
  return `${head}\n    ${line}\nlisten zz\n    bind 127.0.0.1:1\n`;
}

describe.skipIf(!haproxyBin)(`proxy keywords with argument shapes (HAProxy ${ORACLE_VERSION})`, () => {
  it('get a hacfg error exactly when haproxy -c refuses them', { timeout: 600_000 }, async () => {
    const probes = SECTIONS.flatMap((section) =>
      allKeywordNames(section, ORACLE_VERSION)
        .filter((k) => !k.startsWith('option ') && !k.startsWith('no option'))
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
    console.log(`proxy keywords at ${ORACLE_VERSION}: ${results.length} probes, ${refusals} refused by haproxy`);
    expect(results.filter((r) => r.refused !== r.flagged).map((r) => `${r.label}: haproxy ${r.refused ? `refuses (${r.why})` : 'accepts'}`)).toEqual([]);
    expect(probes.length).toBeGreaterThan(3000);
    expect(refusals).toBeGreaterThan(500);
  });
});
