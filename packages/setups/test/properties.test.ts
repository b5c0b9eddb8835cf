// Over many generated specs of every kind, the emitted configuration is accepted by HAProxy without
// a warning, parses and lints clean, and is already formatted.
import { format } from '@hacfg/formatter';
import { generate, type SetupKind } from '@hacfg/setups';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failoverSpecs, healthCheckSpecs, passthroughSpecs } from './support/arbitraries.js';
import { expectCleanParseAndLint, expectHaproxyAccepts, haproxyBin } from './support/checks.js';

const kinds: [SetupKind, fc.Arbitrary<unknown>][] = [
  ['passthrough', passthroughSpecs],
  ['health-check', healthCheckSpecs],
  ['failover', failoverSpecs],
];

// haproxy -c takes ~30 ms; the runs are sequential (one haproxy at a time).
const HAPROXY_RUNS = 40;

describe.each(kinds)('%s: generated specs', (kind, specs) => {
  it('emit configurations that parse and lint clean and are formatted', () => {
    fc.assert(
      fc.property(specs, (spec) => {
        const config = generate(kind, spec);
        expectCleanParseAndLint(config);
        expect(format(config)).toBe(config);
      }),
      { numRuns: 150 },
    );
  });

  it.skipIf(!haproxyBin)('emit configurations that haproxy -c accepts without warnings', async () => {
    await fc.assert(
      fc.asyncProperty(specs, async (spec) => {
        await expectHaproxyAccepts(generate(kind, spec));
      }),
      { numRuns: HAPROXY_RUNS },
    );
  });
});
