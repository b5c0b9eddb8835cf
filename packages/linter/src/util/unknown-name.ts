/** The shared ending of the unknown-vocabulary rules: "needs a newer HAProxy", or "unknown" with a suggestion. */
import type { HaproxyVersion } from '@hacfg/catalog';
import type { TextRange } from '@hacfg/syntax';
import type { RuleContext } from '../types.js';
import { missingFeature } from './build.js';
import { hint } from './did-you-mean.js';

export interface KnownElsewhere {
  readonly since: HaproxyVersion;
  readonly removedIn?: HaproxyVersion;
}

/**
 * Reports `name`, unknown in the target version: with messageId `newer` when a later version knows
 * it (`elsewhere`), else `unknown` with the closest of `candidates()` (computed only when needed).
 */
export function reportUnknownName(
  ctx: RuleContext,
  name: string,
  range: TextRange,
  elsewhere: KnownElsewhere | undefined,
  candidates: () => readonly string[],
  data: Readonly<Record<string, string>> = {},
): void {
  if (elsewhere && !elsewhere.removedIn) {
    ctx.report({ messageId: 'newer', data: { ...data, name, since: elsewhere.since, version: ctx.version }, range });
    return;
  }
  ctx.report({ messageId: 'unknown', data: { ...data, name, hint: hint(name, candidates()) }, range });
}

/**
 * Sample names the unknown-fetch / unknown-converter rules leave alone: empty (a syntax error
 * reported elsewhere), from the environment, Lua-registered, or of an optional build feature
 * (build-feature-required's).
 */
export function uncheckedSampleName(category: 'fetch' | 'converter', name: string): boolean {
  return name === '' || name.includes('$') || name.startsWith('lua.') || missingFeature(category, name) !== undefined;
}
