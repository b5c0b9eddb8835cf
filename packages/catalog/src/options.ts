// Bind/server options, balance algorithms, filters, `.if` predicates, units, sections.
import { BIND_OPTIONS, MISC, OTHER_SECTION_KEYWORDS, SECTION_ENTRIES, SERVER_OPTIONS } from './data.js';
import { backportedTo } from './overrides.js';
import { byName, lookup } from './resolve.js';
import type {
  BalanceAlgorithm,
  BindOption,
  CondDirective,
  CondPredicate,
  Filter,
  OtherSectionKeyword,
  Section,
  ServerOption,
  SizeUnit,
  TimeUnit,
} from './types.js';
import { compareVersions, type HaproxyVersion } from './versions.js';

const BIND = byName(BIND_OPTIONS);
const SERVER = byName(SERVER_OPTIONS);
const BALANCE = byName(MISC.balance);
const FILTER = byName(MISC.filters);
const PRED = byName(MISC.condPredicates);
const DIRECTIVE = byName(MISC.condDirectives);
const TIME = byName(MISC.timeUnits);
const SIZE = byName(MISC.sizeUnits);
const SECTION = byName(SECTION_ENTRIES);
const LOAD = byName(OTHER_SECTION_KEYWORDS['crt-store:load'] ?? []);

/** A `bind` line option: `ssl`, `crt`, `accept-proxy`, … */
export function bindOption(name: string, version?: HaproxyVersion): BindOption | undefined {
  return lookup(BIND, name, version);
}

/** A `server` / `default-server` option: `check`, `inter`, `ssl`, … */
export function serverOption(name: string, version?: HaproxyVersion): ServerOption | undefined {
  return lookup(SERVER, name, version);
}

/** A `balance` algorithm by bare name (`hdr` for `hdr(<name>)`). */
export function balanceAlgorithm(name: string, version?: HaproxyVersion): BalanceAlgorithm | undefined {
  return lookup(BALANCE, name, version);
}

/** A `filter` type: `compression`, `trace`, `spoe`, `bwlim-in`, … */
export function filter(name: string, version?: HaproxyVersion): Filter | undefined {
  return lookup(FILTER, name, version);
}

/** A predicate usable in `.if`/`.elif` conditions: `defined`, `version_atleast`, … */
export function condPredicate(name: string, version?: HaproxyVersion): CondPredicate | undefined {
  const found = lookup(PRED, name, version);
  if (found || version === undefined) return found;
  return backportedTo('cond-predicate', name, version) ? PRED.get(name) : undefined;
}

/** A conditional-block or message directive: `.if`, `.endif`, `.warning`, … */
export function condDirective(name: string, version?: HaproxyVersion): CondDirective | undefined {
  return lookup(DIRECTIVE, name, version);
}

/** The `.if` operators (`!`, `&&`, `||`, parentheses) documented in a version; none in 2.4. */
export function condOperatorsIn(version: HaproxyVersion): readonly string[] {
  return compareVersions(version, MISC.condOperators.since) >= 0 ? MISC.condOperators.operators : [];
}

/** A time unit suffix (`ms`, `s`, `m`, `h`, `d`, `us`). */
export function timeUnit(suffix: string, version?: HaproxyVersion): TimeUnit | undefined {
  return lookup(TIME, suffix, version);
}

/** A size unit suffix (`k`, `m`, `g`; documented from 2.8). */
export function sizeUnit(suffix: string, version?: HaproxyVersion): SizeUnit | undefined {
  return lookup(SIZE, suffix, version);
}

/** A section header keyword with its doc chapter and per-version history. */
export function section(name: string, version?: HaproxyVersion): Section | undefined {
  return lookup(SECTION, name, version);
}

/** A parameter of a crt-store `load` line (`crt`, `key`, `ocsp`, …). */
export function crtStoreLoadParam(name: string, version?: HaproxyVersion): OtherSectionKeyword | undefined {
  return lookup(LOAD, name, version);
}

export const allBindOptionNames = (): readonly string[] => [...BIND.keys()];
export const allServerOptionNames = (): readonly string[] => [...SERVER.keys()];
