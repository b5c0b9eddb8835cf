/**
 * The catalog's list of global keywords HAProxy refuses without their argument
 * (packages/catalog/src/global-required-arg.ts) is a fact about HAProxy: check it against the real one.
 */
import { GLOBAL_REQUIRED_ARG } from '@hacfg/catalog';
import { describe, expect, it } from 'vitest';
import { checkConfig, haproxyBin } from './support/haproxy.js';
import { pool } from './support/pool.js';

describe.skipIf(!haproxyBin)('global keywords that need an argument', () => {
  it('are refused by haproxy -c without one, for a missing argument', { timeout: 120_000 }, async () => {
    const names = [...GLOBAL_REQUIRED_ARG];
    const results = await pool(names, 2, async (name) => ({ name, r: await checkConfig(`global\n    ${name}\n`) }));
    for (const { name, r } of results) {
      expect(r.exitCode, name).not.toBe(0);
      expect(r.alerts.join('\n'), name).not.toMatch(/unknown keyword/);
    }
    expect(names.length).toBeGreaterThan(50);
  });
});
