/**
 * Generative differential test: plausible configurations (test/support/plausible-config.ts) are
 * labelled live by `haproxy -c -dr`, and hacfg must agree: no error on one HAProxy accepts, at least
 * one error on (nearly) every one it rejects. Unlike the corpus and its mutants, the generator
 * combines keywords, parameters and modes in ways nobody wrote down, which is how missing checks
 * (self-routing listens, HTTP multiplexers in TCP proxies, stick rules without a table) were found.
 * The sample is fixed (seed below, or HACFG_GEN_SEED to explore another one).
 */
import { lintText } from '@hacfg/linter';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConfig, haproxyBin } from './support/haproxy.js';
import { plausibleConfig } from './support/plausible-config.js';
import { pool } from './support/pool.js';

const SEED = Number(process.env.HACFG_GEN_SEED ?? 20261121);
const COUNT = 600;
/** Floors reached so far: raise them as rules improve, never lower them. */
const MAX_FALSE_ERRORS = 0;
const MIN_RECALL = 0.995;

describe.skipIf(!haproxyBin)('generated configurations against haproxy 2.6', () => {
  it('agree with haproxy -c on what is an error', { timeout: 600_000 }, async () => {
    const configs = fc.sample(plausibleConfig, { numRuns: COUNT, seed: SEED });
    const verdicts = await pool(configs, 2, async (text) => {
      const r = await checkConfig(text);
      // "no error but will not start (no listener)" is HAProxy's exit 2 for a valid file without frontends.
      return { accepted: r.exitCode === 0 || r.output.includes('has no error but will not start'), alert: r.alerts.find((a) => !/Fatal errors|Error\(s\) found/.test(a)) ?? '' };
    });
    const falseErrors: string[] = [];
    const missed: string[] = [];
    let rejected = 0;
    configs.forEach((text, i) => {
      const errors = lintText(text, { haproxyVersion: '2.6' }).messages.filter((m) => m.severity === 'error');
      const v = verdicts[i]!;
      if (v.accepted) {
        if (errors.length > 0) falseErrors.push(`${errors[0]!.ruleId} line ${errors[0]!.line}: ${errors[0]!.message}\n${text}`);
        return;
      }
      rejected++;
      if (errors.length === 0) missed.push(`${v.alert}\n${text}`);
    });
    const recall = (rejected - missed.length) / rejected;
    console.log(
      [
        `generated (haproxy 2.6, seed ${SEED}): ${COUNT} configurations, ${rejected} rejected, ${COUNT - rejected} accepted`,
        `  recall: ${rejected - missed.length}/${rejected} = ${(recall * 100).toFixed(1)}%`,
        `  false errors: ${falseErrors.length}/${COUNT - rejected}`,
        ...falseErrors.map((f) => `  false error ${f}`),
        ...missed.map((m) => `  missed ${m}`),
      ].join('\n'),
    );
    // Both verdicts must be well represented for the figures to mean anything.
    expect(rejected).toBeGreaterThan(COUNT / 5);
    expect(COUNT - rejected).toBeGreaterThan(COUNT / 5);
    expect(falseErrors).toHaveLength(MAX_FALSE_ERRORS);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
