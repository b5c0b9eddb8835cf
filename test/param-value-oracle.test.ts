/**
 * Which server and bind options need their value is a fact about HAProxy: for every option of
 * HAProxy 2.6 that reads a value, written as the last word of its line, hacfg reports
 * missing-argument exactly when the real HAProxy refuses the line.
 */
import { allBindOptionNames, allServerOptionNames, bindOption, serverOption } from '@hacfg/catalog';
import { lintText } from '@hacfg/linter';
import { describe, expect, it } from 'vitest';
import { checkConfig, haproxyBin } from './support/haproxy.js';
import { pool } from './support/pool.js';

const HEAD = 'defaults\n    mode http\n    timeout connect 1s\n    timeout client 1s\n    timeout server 1s\n';
const cases = [
  ...allServerOptionNames().filter((n) => serverOption(n, '2.6')?.takesArgument).map((n) => ({ name: `server ${n}`, text: `${HEAD}backend b\n    server s 127.0.0.1:80 ${n}\n` })),
  ...allBindOptionNames().filter((n) => bindOption(n, '2.6')?.takesArgument).map((n) => ({ name: `bind ${n}`, text: `${HEAD}frontend f\n    bind 127.0.0.1:8080 ${n}\n` })),
];

describe.skipIf(!haproxyBin)('server and bind options without their value', () => {
  it('are missing-argument errors exactly when haproxy refuses them', { timeout: 180_000 }, async () => {
    const results = await pool(cases, 2, async (c) => {
      const r = await checkConfig(c.text);
      return { ...c, refused: r.alerts.some((a) => a.includes('FILE:7]')) };
    });
    const disagree = results.filter((r) => {
      const missing = lintText(r.text, { haproxyVersion: '2.6' }).messages.some((m) => m.ruleId === 'missing-argument' && m.line === 7);
      return missing !== r.refused;
    });
    expect(disagree.map((d) => `${d.name}: haproxy ${d.refused ? 'refuses' : 'accepts'}`)).toEqual([]);
    expect(results.filter((r) => r.refused).length).toBeGreaterThan(60);
  });
});
