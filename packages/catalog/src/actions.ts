// Rule actions (`http-request set-header`, `tcp-request content accept`, …) per ruleset.
import { ACTIONS, MISC } from './data.js';
import { byName, knownIn } from './resolve.js';
import { atVersion } from './resolve.js';
import type { Action, Ruleset } from './types.js';
import { inRange, type HaproxyVersion } from './versions.js';

const ACTION = byName(ACTIONS);

export const RULESETS: readonly Ruleset[] = MISC.rulesets;

export function isRuleset(name: string): name is Ruleset {
  return (RULESETS as readonly string[]).includes(name);
}

/**
 * The action `name` if it is usable in `ruleset` (and, with a version, usable there in that
 * version, with that version's attributes).
 */
export function action(ruleset: Ruleset, name: string, version?: HaproxyVersion): Action | undefined {
  const a = entry(name);
  const span = a?.rulesets[ruleset];
  if (!a || !span) return undefined;
  if (version === undefined) return a;
  return inRange(version, span.since, span.removedIn) && knownIn(a, version) ? atVersion(a, version) : undefined;
}

/** Any action by name, regardless of ruleset. */
export function anyAction(name: string): Action | undefined {
  return entry(name);
}

/** HAProxy registers one `track-sc` action; the documentation (and this catalog) list track-sc0..2. */
function entry(name: string): Action | undefined {
  return ACTION.get(name === TRACK_SC ? 'track-sc0' : name);
}

/**
 * The stick-counter actions: HAProxy registers the prefix `track-sc` (KWF_MATCH_PREFIX) and reads
 * the counter number after it, so `track-sc`, `track-sc01` and `track-sc5` all name this action.
 */
const TRACK_SC = 'track-sc';

/**
 * The counter a `track-sc…` word names, as cfg_parse_track_sc_num() reads it: digits only, none
 * meaning 0, read as a 64-bit number (saturating) kept in an unsigned int (its low 32 bits);
 * `undefined` when the suffix is no number (HAProxy: "Wrong track-sc number").
 */
export function trackScNumber(word: string): number | undefined {
  const m = /^track-sc(\d*)$/.exec(word);
  if (!m) return undefined;
  const max = (1n << 64n) - 1n;
  const n = BigInt(m[1] || '0');
  return Number((n > max ? max : n) & 0xffffffffn);
}

/**
 * Actions whose keyword carries arguments in parentheses (`set-var(txn.x)`, `add-acl(file)`): HAProxy
 * matches only those by prefix (KWF_MATCH_PREFIX), so `deny(` names no action at all.
 */
const PAREN_ACTIONS: ReadonlySet<string> = new Set(
  ACTIONS.filter((a) => [...(a.signature ?? []), ...Object.values(a.byVersion ?? {}).flatMap((v) => v.signature ?? [])].some((s) => s.startsWith(`${a.name}(`))).map((a) => a.name),
);

/**
 * The action a rule's action word names, as action_lookup() finds it: `set-var(txn.x)` is
 * `set-var`, while `deny(` stays `deny(`, which names no action.
 */
export function actionName(word: string): string {
  if (word.startsWith(TRACK_SC)) return TRACK_SC;
  const paren = word.indexOf('(');
  if (paren < 0) return word;
  const bare = word.slice(0, paren);
  return PAREN_ACTIONS.has(bare) ? bare : word;
}

/** Action names usable in a ruleset, optionally in one version. */
export function actionNames(ruleset: Ruleset, version?: HaproxyVersion): readonly string[] {
  return ACTIONS.filter((a) => action(ruleset, a.name, version) !== undefined).map((a) => a.name);
}
