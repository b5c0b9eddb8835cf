/**
 * Which resolvers sections exist is a fact about HAProxy: 2.6 creates a `default` one when none is
 * declared, and the HTTP client's `httpclient.resolvers.id` must name an existing one. Each file
 * below is refused by the real HAProxy exactly when hacfg reports an undefined reference.
 */
import { lintText } from '@hacfg/linter';
import { describe, expect, it } from 'vitest';
import { ORACLE_VERSION, checkConfig, haproxyBin } from './support/haproxy.js';
import { pool } from './support/pool.js';

const HEAD = 'defaults\n    timeout connect 1s\n    timeout client 1s\n    timeout server 1s\n';
const DNS = 'resolvers dns\n    nameserver a 127.0.0.1:53\n';
const FILES: readonly (readonly [string, string])[] = [
  ['server resolvers default, none declared', `${HEAD}backend b\n    server s 127.0.0.1:80 resolvers default\n`],
  ['server resolvers dns, none declared', `${HEAD}backend b\n    server s 127.0.0.1:80 resolvers dns\n`],
  ['do-resolve with the default section', `${HEAD}frontend f\n    bind 127.0.0.1:8080\n    http-request do-resolve(txn.ip,default) hdr(host)\n`],
  ['httpclient.resolvers.id default', 'global\n    httpclient.resolvers.id default\n'],
  ['httpclient.resolvers.id dns, none declared', 'global\n    httpclient.resolvers.id dns\n'],
  ['httpclient.resolvers.id dns, declared', `global\n    httpclient.resolvers.id dns\n${DNS}`],
];

describe.skipIf(!haproxyBin)('resolvers sections referenced by name', () => {
  it('are missing for hacfg exactly when haproxy -c refuses the file', { timeout: 60_000 }, async () => {
    const results = await pool(FILES, 2, async ([label, text]) => {
      const r = await checkConfig(text);
      const refused = r.alerts.some((a) => /resolvers/i.test(a));
      const flagged = lintText(text, { haproxyVersion: ORACLE_VERSION }).messages.some((m) => m.ruleId === 'undefined-reference');
      return { label, refused, flagged };
    });
    expect(results.filter((r) => r.refused !== r.flagged).map((r) => `${r.label}: haproxy ${r.refused ? 'refuses' : 'accepts'}`)).toEqual([]);
    expect(results.filter((r) => r.refused).length).toBe(2);
  });
});
