/**
 * http-check step order against the real HAProxy: seeded random defaults/backend pairs mixing
 * check-type options and http-check steps. For each section, the first line HAProxy refuses for
 * the order of its steps ("first step MUST …", "unable to add http-check … rule") must be the line
 * http-check-order reports first, and a section HAProxy accepts must get no report.
 */
import { lintText } from '@hacfg/linter';
import { describe, expect, it } from 'vitest';
import { ORACLE_VERSION, checkConfig, haproxyBin } from './support/haproxy.js';
import { pool } from './support/pool.js';
import { prng } from './support/prng.js';

const STEPS = [
  'option httpchk', 'option httpchk GET /health', 'option tcp-check', 'option ssl-hello-chk',
  'http-check connect', 'http-check connect port 81', 'http-check send meth GET', 'http-check expect status 200',
  'http-check comment c', 'http-check set-var(check.x) int(1)', 'http-check send-state', 'http-check disable-on-404',
];
const CASES = 160;


interface Case {
  readonly text: string;
  /** First line of the backend section. */
  readonly split: number;
}

function cases(): Case[] {
  const rnd = prng(0x4c7);
  const pick = (): string => STEPS[Math.floor(rnd() * STEPS.length)]!;
  return Array.from({ length: CASES }, () => {
    const defaults = Array.from({ length: Math.floor(rnd() * 3) }, () => `    ${pick()}`);
    const backend = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => `    ${pick()}`);
    const head = ['defaults d', '    mode http', '    timeout connect 1s', '    timeout client 1s', '    timeout server 1s', ...defaults];
    return { text: [...head, 'backend b from d', ...backend, '    server s 127.0.0.1:80 check', ''].join('\n'), split: head.length + 1 };
  });
}

const ORDER_ALERT = /\[FILE:(\d+)\] : '(?:http|tcp)-check [a-z-]+' : (?:first step MUST|unable to add http-check)/;

describe.skipIf(!haproxyBin)('http-check step order', () => {
  it('is refused by haproxy -c exactly where http-check-order reports it', { timeout: 120_000 }, async () => {
    const list = cases();
    const results = await pool(list, 2, async (c) => {
      const refused = (await checkConfig(c.text)).alerts.flatMap((a) => {
        const m = ORDER_ALERT.exec(a);
        return m ? [Number(m[1])] : [];
      });
      const reported = lintText(c.text, { haproxyVersion: ORACLE_VERSION }).messages.filter((m) => m.ruleId === 'http-check-order').map((m) => m.line);
      const first = (lines: number[], inBackend: boolean): number | undefined => lines.find((l) => (l >= c.split) === inBackend);
      const agree = first(refused, false) === first(reported, false) && first(refused, true) === first(reported, true);
      return { c, refused, reported, agree };
    });
    const disagreements = results.filter((r) => !r.agree).map((r) => `haproxy ${JSON.stringify(r.refused)} hacfg ${JSON.stringify(r.reported)}\n${r.c.text}`);
    const refusedCases = results.filter((r) => r.refused.length > 0).length;
    console.log(`http-check order: ${CASES} cases, ${refusedCases} refused by haproxy, ${disagreements.length} disagreements`);
    expect(disagreements).toEqual([]);
    // The generator must exercise the refusals, not only accepted files.
    expect(refusedCases).toBeGreaterThan(CASES / 10);
  });
});
