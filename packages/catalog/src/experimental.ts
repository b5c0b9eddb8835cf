/**
 * Experimental directives: HAProxy refuses them unless `expose-experimental-directives` was read
 * first in the global section. The reference marks global keywords and bind/server options; the
 * keyword tables in HAProxy's sources (KWF_EXPERIMENTAL, v2.4.0 … v3.4.0) add the ones below.
 */
import { BIND_OPTIONS, GLOBAL_KEYWORDS, SERVER_OPTIONS } from './data.js';
import { atVersion, knownIn } from './resolve.js';
import type { BindOption, GlobalKeyword, ServerOption } from './types.js';
import { compareVersions, type HaproxyVersion } from './versions.js';

interface Span {
  readonly since: HaproxyVersion;
  readonly until?: HaproxyVersion;
}

/** Actions flagged experimental in HAProxy's keyword tables, by name. */
const ACTIONS: Readonly<Record<string, Span>> = { 'normalize-uri': { since: '2.4' } };
/** Global keywords flagged there that the reference does not mark. */
const GLOBALS: Readonly<Record<string, Span>> = { trace: { since: '2.7', until: '3.1' }, 'force-cfg-parser-pause': { since: '3.1' } };
/** Sections whose parser refuses to start without the permission (`acme`: acme.c, 3.2 … 3.5-dev). */
const SECTIONS: Readonly<Record<string, Span>> = { acme: { since: '3.2' } };

const within = (s: Span, v: HaproxyVersion): boolean => compareVersions(v, s.since) >= 0 && (s.until === undefined || compareVersions(v, s.until) < 0);

export type ExperimentalKind = 'global' | 'action' | 'bind' | 'server' | 'section';

/** The experimental names of each kind, per version: built once, since lint asks for every server and bind parameter. */
const byVersion = new Map<HaproxyVersion, Readonly<Record<ExperimentalKind, ReadonlySet<string>>>>();

function namesFor(version: HaproxyVersion): Readonly<Record<ExperimentalKind, ReadonlySet<string>>> {
  let hit = byVersion.get(version);
  if (hit) return hit;
  const flagged = <E extends GlobalKeyword | BindOption | ServerOption>(list: readonly E[]): string[] =>
    list.filter((e) => knownIn(e, version) && atVersion(e, version).experimental === true).map((e) => e.name);
  const hand = (table: Readonly<Record<string, Span>>): string[] => Object.keys(table).filter((n) => within(table[n]!, version));
  hit = {
    action: new Set(hand(ACTIONS)),
    global: new Set([...hand(GLOBALS), ...flagged(GLOBAL_KEYWORDS)]),
    bind: new Set(flagged(BIND_OPTIONS)),
    server: new Set(flagged(SERVER_OPTIONS)),
    section: new Set(hand(SECTIONS)),
  };
  byVersion.set(version, hit);
  return hit;
}

/** Whether a directive of that kind and name is experimental in `version`. */
export function isExperimental(kind: ExperimentalKind, name: string, version: HaproxyVersion): boolean {
  return namesFor(version)[kind].has(name);
}
