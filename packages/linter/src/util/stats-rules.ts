/** A proxy's `stats http-request <action> …` line: the stats page's own http-request ruleset (its actions are http-request's). */
import type { StatsStatement, Word } from '@hacfg/syntax';

export interface StatsRule {
  /** The action word; undefined when the line has none (`stats http-request if …`). */
  readonly action: Word | undefined;
  /** The words between the action and the condition. */
  readonly actionArgs: readonly Word[];
}

export function statsHttpRequest(st: StatsStatement): StatsRule | undefined {
  if (st.sub?.value !== 'http-request' || st.modifier !== undefined) return undefined;
  const action = st.subArgs[0];
  return { action: action && action.value !== '' ? action : undefined, actionArgs: st.subArgs.slice(1) };
}
