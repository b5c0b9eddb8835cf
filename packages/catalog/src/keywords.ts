// Keywords that start a line in a section body: lookup, multi-word matching, section checks.
import { GLOBAL_KEYWORDS, OTHER_SECTION_KEYWORDS, PROXY_KEYWORDS } from './data.js';
import { GLOBAL_NEGATABLE } from './overrides.js';
import { atVersion, byName, knownIn, lookup } from './resolve.js';
import { sectionInfo } from './sections.js';
import type { ProxySection, SectionKeyword } from './types.js';
import type { HaproxyVersion } from './versions.js';

interface Table {
  readonly byName: ReadonlyMap<string, SectionKeyword>;
  /** Most words in any name of the table (`capture request header` = 3). */
  readonly maxWords: number;
  readonly list: readonly SectionKeyword[];
}

function table(list: readonly SectionKeyword[]): Table {
  return { byName: byName(list), maxWords: Math.max(1, ...list.map((e) => e.name.split(' ').length)), list };
}

const PROXY = table(PROXY_KEYWORDS);
const GLOBAL = table(GLOBAL_KEYWORDS);
const OTHER = new Map(Object.entries(OTHER_SECTION_KEYWORDS).map(([s, list]) => [s, table(list)]));

/**
 * The keyword table for a section name (`global`, `frontend`, `peers`, …, or the pseudo-section
 * `crt-store:load` for crt-store `load` parameters). Undefined for unknown sections.
 */
function tableFor(section: string): Table | undefined {
  const info = sectionInfo(section);
  if (info?.kind === 'global') return GLOBAL;
  if (info?.kind === 'proxy') return PROXY;
  return OTHER.get(section) ?? (info ? EMPTY : undefined);
}
const EMPTY = table([]);

/**
 * The keyword `keyword` (full name, e.g. `option httpchk`) in the table of `section`. With a
 * version: only if that version documents it, with that version's attributes. Does not check
 * whether a proxy keyword is allowed in that particular proxy section; see `allowedIn`.
 */
export function sectionKeyword(section: string, keyword: string, version?: HaproxyVersion): SectionKeyword | undefined {
  const t = tableFor(section);
  return t ? lookup(t.byName, keyword, version) : undefined;
}

export interface KeywordMatch {
  readonly entry: SectionKeyword;
  /** Words of the line the keyword (and its prefix) used up. */
  readonly consumed: number;
  /** `no option x` / `default option x` prefix, counted in `consumed`. */
  readonly prefix?: 'no' | 'default';
  /** A prefix HAProxy rejects on this keyword (global keywords outside GLOBAL_NEGATABLE). */
  readonly badPrefix?: boolean;
}

/**
 * The longest keyword that the first words of a line spell, e.g. `['timeout','client','5s']` →
 * `timeout client`, consumed 2. A leading `no`/`default` is taken as a prefix in proxy sections,
 * and in other sections too (global marks it `badPrefix` unless the keyword accepts it).
 * With a version, keywords that version does not document are skipped.
 */
export function matchKeyword(section: string, words: readonly string[], version?: HaproxyVersion): KeywordMatch | undefined {
  const t = tableFor(section);
  if (!t) return undefined;
  const direct = longest(t, words, 0, version);
  if (direct) return direct;
  const first = words[0];
  if ((first === 'no' || (first === 'default' && (t === PROXY || t === GLOBAL))) && words.length > 1) {
    const m = longest(t, words, 1, version);
    if (m) return { ...m, prefix: first, ...(t === GLOBAL && !GLOBAL_NEGATABLE.has(m.entry.name) ? { badPrefix: true } : {}) };
  }
  return undefined;
}

function longest(t: Table, words: readonly string[], from: number, version?: HaproxyVersion): KeywordMatch | undefined {
  for (let n = Math.min(t.maxWords, words.length - from); n >= 1; n--) {
    const entry = lookup(t.byName, words.slice(from, from + n).join(' '), version);
    if (entry) return { entry, consumed: from + n };
  }
  return undefined;
}

/**
 * Whether `entry` may appear in `section`. Only proxy keywords carry section limits (from the
 * keyword matrix; a keyword with no documented sections is accepted everywhere). `named` tells
 * whether a defaults section has a name, for keywords restricted to named defaults.
 */
export function allowedIn(entry: SectionKeyword, section: string, version?: HaproxyVersion, named = true): boolean {
  if (entry.kind !== 'proxy') return true;
  const e = version ? atVersion(entry, version) : entry;
  if (e.sections.length === 0) return true;
  if (!e.sections.includes(section as ProxySection)) return false;
  return !(section === 'defaults' && e.namedDefaultsOnly && !named);
}

/** All keyword names of a section's table (optionally those known in a version): "did you mean". */
export function allKeywordNames(section: string, version?: HaproxyVersion): readonly string[] {
  const t = tableFor(section);
  if (!t) return [];
  return t.list.filter((e) => version === undefined || knownIn(e, version)).map((e) => e.name);
}

/** A proxy keyword by full name (`balance`, `option httpchk`, `timeout client`). */
export function proxyKeyword(name: string, version?: HaproxyVersion): SectionKeyword | undefined {
  return lookup(PROXY.byName, name, version);
}

/** A global keyword by full name (`maxconn`, `stats socket`). */
export function globalKeyword(name: string, version?: HaproxyVersion): SectionKeyword | undefined {
  return lookup(GLOBAL.byName, name, version);
}

/** Proxy keyword family prefixes whose second word is a sub-keyword. */
export type KeywordFamily = 'option' | 'timeout' | 'stats' | 'http-check' | 'tcp-check';

/** Sub-keywords of a family (`timeout` → `client`, `connect`, …), optionally for one version. */
export function subKeywords(family: KeywordFamily, version?: HaproxyVersion): readonly string[] {
  const p = `${family} `;
  return PROXY.list
    .filter((e) => e.name.startsWith(p) && (version === undefined || knownIn(e, version)))
    .map((e) => e.name.slice(p.length));
}
