/**
 * The line-by-line oracle used by the catalog-fact tests: each probe configuration is run through
 * `haproxy -c` and linted at the oracle's release (2.6 in CI); HAProxy refusing the probe line must go with a hacfg error on it.
 * By hand, `HACFG_HAPROXY` names another release's binary and `HACFG_ORACLE_VERSION` its version.
 */
import { lintText } from '@hacfg/linter';
import { ORACLE_VERSION, checkConfig } from './haproxy.js';
import { pool } from './pool.js';

export interface Probe {
  readonly label: string;
  readonly text: string;
  /** 1-based line of the probed statement. */
  readonly line: number;
}
export interface Verdict {
  readonly label: string;
  /** haproxy printed an alert about that line. */
  readonly refused: boolean;
  /** hacfg reported an error on that line. */
  readonly flagged: boolean;
}

export function verdicts(probes: readonly Probe[]): Promise<Verdict[]> {
  return pool(probes, 2, async ({ label, text, line }) => {
    const r = await checkConfig(text);
    const refused = r.alerts.some((a) => a.includes(`FILE:${line}]`));
    const flagged = lintText(text, { haproxyVersion: ORACLE_VERSION }).messages.some((m) => m.severity === 'error' && m.line === line);
    return { label, refused, flagged };
  });
}

/** The probes where hacfg and haproxy disagree, as readable lines (the tests expect none). */
export const disagreements = (results: readonly Verdict[]): string[] => results.filter((r) => r.refused !== r.flagged).map((r) => `${r.label}: haproxy ${r.refused ? 'refuses' : 'accepts'}`);
