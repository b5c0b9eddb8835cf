/**
 * `zero-warning` against the real HAProxy: the plausible configurations of generated.test.ts with
 * `zero-warning` in a global section, labelled live by `haproxy -c -dr`. HAProxy now refuses every
 * one it warns about, so hacfg must report an error wherever it does (through the rules that mirror
 * its warnings and the zero-warning rule), and none on the ones it accepts. Configurations whose
 * only warnings depend on the machine (UNMAPPED: DNS, this host's name in a peers section) are
 * counted apart: no linter can know them.
 */
import { lintText } from '@hacfg/linter';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConfig, haproxyBin } from './support/haproxy.js';
import { plausibleConfig } from './support/plausible-config.js';
import { pool } from './support/pool.js';
import { UNMAPPED } from './support/warning-classes.js';

const SEED = Number(process.env.HACFG_GEN_SEED ?? 20261122);
const COUNT = 300;
const MIN_RECALL = 0.98;

describe.skipIf(!haproxyBin)("generated configurations with 'zero-warning' against haproxy 2.6", () => {
  it('are refused by hacfg wherever HAProxy warns', { timeout: 600_000 }, async () => {
    const configs = fc.sample(plausibleConfig, { numRuns: COUNT, seed: SEED }).map((t) => `global\n    zero-warning\n${t}`);
    const verdicts = await pool(configs, 2, async (text) => {
      const r = await checkConfig(text);
      return { accepted: r.exitCode === 0 || r.output.includes('has no error but will not start'), alerts: r.alerts, warnings: r.warnings };
    });
    const falseErrors: string[] = [];
    const missed: string[] = [];
    let rejected = 0;
    let machine = 0;
    let byWarnings = 0;
    configs.forEach((text, i) => {
      const v = verdicts[i]!;
      const errors = lintText(text, { haproxyVersion: '2.6' }).messages.filter((m) => m.severity === 'error');
      if (v.accepted) {
        if (errors.length > 0) falseErrors.push(`${errors[0]!.ruleId}: ${errors[0]!.message}\n${text}`);
        return;
      }
      const onlyWarnings = v.alerts.every((a) => /zero-warning|Fatal errors|Error\(s\) found/.test(a));
      if (onlyWarnings && v.warnings.every((w) => UNMAPPED.some((re) => re.test(w)))) {
        machine++;
        return;
      }
      rejected++;
      if (onlyWarnings) byWarnings++;
      if (errors.length === 0) missed.push(`${v.warnings.map((w) => w.split('\n')[0]).join(' | ')}\n${text}`);
    });
    const recall = (rejected - missed.length) / rejected;
    console.log(
      [
        `generated with zero-warning (haproxy 2.6, seed ${SEED}): ${COUNT} configurations, ${rejected} rejected (${byWarnings} for warnings alone), ${COUNT - rejected - machine} accepted, ${machine} refused for machine-dependent warnings only`,
        `  recall: ${rejected - missed.length}/${rejected} = ${(recall * 100).toFixed(1)}%`,
        `  false errors: ${falseErrors.length}/${COUNT - rejected - machine}`,
        ...falseErrors.map((f) => `  false error ${f}`),
        ...missed.map((m) => `  missed ${m}`),
      ].join('\n'),
    );
    expect(byWarnings).toBeGreaterThan(COUNT / 10);
    expect(COUNT - rejected - machine).toBeGreaterThan(COUNT / 20);
    expect(falseErrors).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
