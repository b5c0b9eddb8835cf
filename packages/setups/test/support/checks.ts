/**
 * What every emitted configuration must pass: HAProxy's own check (`haproxy -c`, no alert, no
 * warning), our parser (no diagnostics) and our linter (no findings).
 */
import { lintText } from '@hacfg/linter';
import { parse } from '@hacfg/syntax';
import { expect } from 'vitest';
import { checkConfig, haproxyBin } from '../../../../test/support/haproxy.js';

export { haproxyBin };

export function expectCleanParseAndLint(config: string): void {
  expect(parse(config).diagnostics).toEqual([]);
  const lint = lintText(config);
  expect(lint.messages.map((m) => `${m.ruleId}: ${m.message}`)).toEqual([]);
}

export async function expectHaproxyAccepts(config: string): Promise<void> {
  const r = await checkConfig(config);
  expect({ exitCode: r.exitCode, alerts: r.alerts, warnings: r.warnings }, r.output).toEqual({ exitCode: 0, alerts: [], warnings: [] });
}
