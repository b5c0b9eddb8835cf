/**
 * The variables HAProxy defines itself while it parses (catalog builtinEnv), against the real
 * HAProxy (2.6 in CI, another release by hand): for every name any release defines, a
 * `.if defined(NAME)` block holding an unknown keyword is refused by haproxy exactly when hacfg
 * reports an error, that is when the release defines the name.
 */
import { builtinEnv } from '@hacfg/catalog';
import { lintText } from '@hacfg/linter';
import { describe, expect, it } from 'vitest';
import { ORACLE_VERSION, checkConfig, haproxyBin } from './support/haproxy.js';
import { pool } from './support/pool.js';

const configOf = (name: string): string =>
  ['global', `.if defined(${name})`, '    nosuchkeyword', '.endif', 'listen l', '    mode http', '    bind 127.0.0.1:8081', '    timeout client 5s', '    timeout server 5s', '    timeout connect 5s', '    server s 127.0.0.1:8080', ''].join('\n');

describe.skipIf(!haproxyBin)(`variables HAProxy defines, hacfg against haproxy ${ORACLE_VERSION}`, () => {
  it('agree on which are defined while the configuration is parsed', { timeout: 120_000 }, async () => {
    const names = Object.keys(builtinEnv('3.4', ['haproxy.cfg']));
    const verdicts = await pool(names, 2, async (n) => (await checkConfig(configOf(n))).exitCode === 0);
    const disagree: string[] = [];
    let defined = 0;
    names.forEach((n, i) => {
      const errors = lintText(configOf(n), { haproxyVersion: ORACLE_VERSION }).messages.filter((m) => m.severity === 'error');
      if (!verdicts[i]) defined++;
      if (verdicts[i] === errors.length > 0) disagree.push(`${n}: haproxy ${verdicts[i] ? 'does not define it' : 'defines it'}, hacfg ${errors.length > 0 ? 'does' : 'does not'}`);
    });
    console.log(`builtin variables: ${names.length} names, ${defined} defined by haproxy ${ORACLE_VERSION}, ${disagree.length} disagreements`);
    expect(disagree).toEqual([]);
    // Both verdicts are exercised: HAPROXY_LOCALPEER is defined by every release, the 3.4 keylog formats only by 3.4.
    expect(defined).toBeGreaterThan(0);
    if (ORACLE_VERSION !== '3.4') expect(names.length - defined).toBeGreaterThan(0);
  });
});
