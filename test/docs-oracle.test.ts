/**
 * The rule pages' examples, judged by the real HAProxy (2.6 in CI): an incorrect example of an error rule
 * must be refused by `haproxy -c`, an incorrect example of a warning rule and every correct example
 * must be accepted. So a rule's severity says what HAProxy does, and the pages show configurations
 * that behave as they claim. Examples that need files this machine lacks (certificates, maps) are
 * skipped and counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '@hacfg/linter';
import { describe, expect, it } from 'vitest';
import { examples } from '../packages/linter/test/support/examples.js';
import { repoRoot } from './support/corpus.js';
import { ORACLE_VERSION, checkConfig, haproxyBin } from './support/haproxy.js';
import { pool } from './support/pool.js';

/** Alerts about files the example names but this machine does not have. */
const MISSING_FILE = /unable to stat|unable to load|failed to open|No such file|cannot open|can't open|unable to set CA file/i;

describe.skipIf(!haproxyBin)(`rule pages against haproxy ${ORACLE_VERSION}`, () => {
  it("refuses the error rules' incorrect examples and accepts the other examples", { timeout: 300_000 }, async () => {
    const cases = RULES.flatMap((rule) =>
      examples(readFileSync(join(repoRoot, 'packages/linter/docs/rules', `${rule.id}.md`), 'utf8'))
        .filter((e) => e.version === ORACLE_VERSION)
        .map((e, i) => ({ rule, example: e, label: `${rule.id} ${e.kind} #${i + 1}` })),
    );
    const results = await pool(cases, 2, (c) => checkConfig(c.example.code));
    const wrong: string[] = [];
    let skipped = 0;
    cases.forEach((c, i) => {
      const r = results[i]!;
      // Exit 2 is "no error but will not start (no listener)": valid, whatever alerts it printed
      // (many examples have no bind line; "already specified. Continuing." is an alert, not an error).
      const refused = r.exitCode !== 0 && r.exitCode !== 2 && r.alerts.some((a) => !/Fatal errors found/.test(a));
      if (refused && r.alerts.some((a) => MISSING_FILE.test(a))) {
        skipped++;
        return;
      }
      const shouldRefuse = c.example.kind === 'incorrect' && c.rule.meta.severity === 'error';
      if (refused !== shouldRefuse) wrong.push(`${c.label} [${c.rule.meta.severity}]: haproxy ${refused ? `refuses it: ${r.alerts[0]}` : 'accepts it'}`);
    });
    console.log(`rule pages: ${cases.length} examples for ${ORACLE_VERSION} checked with haproxy, ${skipped} skipped (files this machine lacks)`);
    expect(wrong).toEqual([]);
    // Most examples are written for 2.6 (CI's oracle); a by-hand run against another release checks the few fenced for it.
    expect(cases.length - skipped).toBeGreaterThan(ORACLE_VERSION === '2.6' ? 150 : 0);
  });
});
