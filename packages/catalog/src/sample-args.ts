// Sample fetch and converter arguments, from the ARGn(min, types…) masks of HAProxy's registrations
// at each release (source-facts/sample-args.json, written by scripts/extract-sample-args.mjs).
import sampleArgs from './source-facts/sample-args.json' with { type: 'json' };
import type { HaproxyVersion } from './versions.js';

/**
 * `srv`: `[backend/]server`, the backend being required outside proxies with a backend; `tab`,
 * `fe`, `be`, `usr`: names resolved after parsing (an empty one means the current proxy); `ip`:
 * an address or mask; `other`: types hacfg does not check.
 */
export type SampleArgType = 'int' | 'str' | 'srv' | 'time' | 'size' | 'tab' | 'fe' | 'be' | 'usr' | 'reg' | 'var' | 'map' | 'ip' | 'other';

export interface SampleArgFacts {
  /** Arguments HAProxy requires (its ARGn(min, …) mask). */
  readonly min: number;
  /** Arguments the keyword reads at most. */
  readonly max: number;
  readonly types: readonly SampleArgType[];
}

const SOURCE_TYPES: Readonly<Record<string, SampleArgType>> = {
  SINT: 'int', STR: 'str', SRV: 'srv', TIME: 'time', SIZE: 'size', TAB: 'tab', FE: 'fe', BE: 'be', USR: 'usr', REG: 'reg', VAR: 'var', MAP: 'map',
  IPV4: 'ip', MSK4: 'ip', IPV6: 'ip', MSK6: 'ip',
};

interface SourceRange {
  readonly since: string;
  readonly until?: string;
  readonly min: number;
  readonly types: readonly string[];
}
const SOURCE = sampleArgs as unknown as { readonly fetch: Readonly<Record<string, readonly SourceRange[]>>; readonly converter: Readonly<Record<string, readonly SourceRange[]>> };
const sampleFactsCache = new Map<string, SampleArgFacts | undefined>();

/** A fetch's argument of one type: its position and the fetch's mandatory count. */
export interface NamedArg {
  readonly index: number;
  readonly min: number;
}
const namedArgCache = new Map<SampleArgType, ReadonlyMap<string, NamedArg>>();

/**
 * Fetches with an argument of `type` (a table, backend, frontend, server or userlist name), by
 * name: the same in every release the registrations were read from, so no version is needed.
 */
export function fetchesNaming(type: SampleArgType): ReadonlyMap<string, NamedArg> {
  let m = namedArgCache.get(type);
  if (!m) {
    const out = new Map<string, NamedArg>();
    for (const [name, ranges] of Object.entries(SOURCE.fetch)) {
      const last = ranges[ranges.length - 1]!;
      const index = last.types.findIndex((t) => SOURCE_TYPES[t] === type);
      if (index >= 0) out.set(name, { index, min: last.min });
    }
    namedArgCache.set(type, (m = out));
  }
  return m;
}

/**
 * Argument facts of a fetch or converter in a version, from the ARGn() masks of HAProxy's
 * registrations at each release (source-facts/sample-args.json; versions past the last release
 * read its facts). compare: compareVersions.
 */
export function sampleArgFacts(kind: 'fetch' | 'converter', name: string, version: HaproxyVersion, compare: (a: HaproxyVersion, b: HaproxyVersion) => number): SampleArgFacts | undefined {
  const key = `${kind}\0${name}\0${version}`;
  if (sampleFactsCache.has(key)) return sampleFactsCache.get(key);
  const ranges = SOURCE[kind][name];
  const r = ranges?.find((x) => compare(version, x.since as HaproxyVersion) >= 0 && (x.until === undefined || compare(version, x.until as HaproxyVersion) < 0));
  const facts = r ? { min: r.min, max: r.types.length, types: r.types.map((t) => SOURCE_TYPES[t] ?? 'other') } : undefined;
  sampleFactsCache.set(key, facts);
  return facts;
}

/**
 * The release from which HAProxy no longer registers a fetch or converter it once did (the
 * documentation may still list it: `set-cookie` from 2.5), or undefined. compare: compareVersions.
 */
export function sampleGoneSince(kind: 'fetch' | 'converter', name: string, version: HaproxyVersion, compare: (a: HaproxyVersion, b: HaproxyVersion) => number): HaproxyVersion | undefined {
  const ranges = SOURCE[kind][name];
  const last = ranges?.[ranges.length - 1];
  if (!last?.until || sampleArgFacts(kind, name, version, compare)) return undefined;
  return compare(version, last.until as HaproxyVersion) >= 0 ? (last.until as HaproxyVersion) : undefined;
}

/**
 * Values the argument-checking functions of a few fetches and converters accept (sample.c,
 * http_conv.c, connection.c), by argument position; an absent or empty argument keeps the default.
 */
const SAMPLE_VALUES: readonly { readonly kind: 'fetch' | 'converter'; readonly name: string; readonly index: number; readonly values: readonly (string | { readonly value: string; readonly since: HaproxyVersion })[] }[] = [
  { kind: 'converter', name: 'json', index: 0, values: ['ascii', 'utf8', 'utf8s', 'utf8p', 'utf8ps'] },
  { kind: 'converter', name: 'url_enc', index: 0, values: ['query'] },
  { kind: 'fetch', name: 'uuid', index: 0, values: ['4', { value: '7', since: '3.0' }] },
  { kind: 'fetch', name: 'fc_rtt', index: 0, values: ['us', 'ms'] },
  { kind: 'fetch', name: 'fc_rttvar', index: 0, values: ['us', 'ms'] },
];

/** The values an argument of a fetch or converter may take in a version, when HAProxy checks them. compare: compareVersions. */
export function sampleArgValues(kind: 'fetch' | 'converter', name: string, index: number, version: HaproxyVersion, compare: (a: HaproxyVersion, b: HaproxyVersion) => number): readonly string[] | undefined {
  const fact = SAMPLE_VALUES.find((f) => f.kind === kind && f.name === name && f.index === index);
  return fact?.values.flatMap((v) => (typeof v === 'string' ? [v] : compare(version, v.since) >= 0 ? [v.value] : []));
}
