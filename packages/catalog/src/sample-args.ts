// Sample fetch and converter arguments, from the ARGn(min, types…) masks of HAProxy's registrations
// at each release (source-facts/sample-args.json, written by scripts/extract-sample-args.mjs).
import sampleArgs from './source-facts/sample-args.json' with { type: 'json' };
import { backportedTo } from './overrides.js';
import type { HaproxyVersion } from './versions.js';

/**
 * `srv`: `[backend/]server`, the backend being required outside proxies with a backend; `tab`,
 * `fe`, `be`, `usr`: names resolved after parsing (an empty one means the current proxy); `ipv4`,
 * `ipv6`: addresses as inet_pton() reads them; `mask4`, `mask6`: such an address or a prefix
 * length; `pbuf`: a protocol buffers field path (`1.2.3`); `other`: types hacfg does not check.
 */
export type SampleArgType = 'int' | 'str' | 'srv' | 'time' | 'size' | 'tab' | 'fe' | 'be' | 'usr' | 'reg' | 'var' | 'map' | 'ipv4' | 'ipv6' | 'mask4' | 'mask6' | 'pbuf' | 'other';

export interface SampleArgFacts {
  /** Arguments HAProxy requires (its ARGn(min, …) mask). */
  readonly min: number;
  /** Arguments the keyword reads at most. */
  readonly max: number;
  readonly types: readonly SampleArgType[];
}

const SOURCE_TYPES: Readonly<Record<string, SampleArgType>> = {
  SINT: 'int', STR: 'str', SRV: 'srv', TIME: 'time', SIZE: 'size', TAB: 'tab', FE: 'fe', BE: 'be', USR: 'usr', REG: 'reg', VAR: 'var', MAP: 'map',
  IPV4: 'ipv4', MSK4: 'mask4', IPV6: 'ipv6', MSK6: 'mask6', PBUF_FNUM: 'pbuf',
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
  // A converter backported to a branch in a maintenance release takes the arguments it came with.
  const r =
    ranges?.find((x) => compare(version, x.since as HaproxyVersion) >= 0 && (x.until === undefined || compare(version, x.until as HaproxyVersion) < 0)) ??
    (kind === 'converter' && backportedTo('converter', name, version) ? ranges?.[0] : undefined);
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

/** Syntaxes of string arguments that the check functions of a few fetches and converters verify. */
export type SampleArgFormat =
  /** An even number of hex digits, at least two (parse_binary). */
  | 'hex-bytes'
  /** Digits only. */
  | 'digits'
  /** A positive integer (a FIX tag id, fix_check_id). */
  | 'positive'
  /** Exactly four characters (a distcc token). */
  | 'four-chars'
  /** Anything but the empty string. */
  | 'non-empty';

export interface SampleArgCheck {
  readonly kind: 'fetch' | 'converter';
  readonly name: string;
  readonly index: number;
  /** Accepted words (any of them, or a value matching `format` when both are given). */
  readonly values?: readonly (string | { readonly value: string; readonly since: HaproxyVersion })[];
  readonly ignoreCase?: true;
  readonly format?: SampleArgFormat;
  /** An integer range (the upper bound may be Infinity), for integer arguments whose default (0 when left out) may fall outside it. */
  readonly range?: readonly [number, number];
  /**
   * When the check also applies to the argument left out or empty (the check function then reads
   * the default and refuses it): always, or only when written empty (`fc_rtt()`).
   */
  readonly absent?: 'fails' | 'emptyFails';
  /** The check applies only when one of these arguments is set (`be2hex`: a separator or truncation needs a chunk size). */
  readonly onlyWith?: readonly number[];
}

const BLOCK_NAMES = ['head', 'tail', 'first'];
const PROTOBUF_TYPES = ['int32', 'uint32', 'sint32', 'int64', 'uint64', 'sint64', 'bool', 'enum', 'fixed32', 'sfixed32', 'float', 'fixed64', 'sfixed64', 'double'];

/**
 * What the argument-checking functions of fetches and converters accept beyond the argument's type
 * (sample.c, http_conv.c, connection.c, payload.c, http_htx.c, vars.c, fix.h, protobuf.h; the same
 * from 2.4 to 3.4 unless dated), by argument position.
 */
const SAMPLE_CHECKS: readonly SampleArgCheck[] = [
  { kind: 'converter', name: 'json', index: 0, values: ['ascii', 'utf8', 'utf8s', 'utf8p', 'utf8ps'] },
  { kind: 'converter', name: 'url_enc', index: 0, values: ['query'] },
  { kind: 'fetch', name: 'uuid', index: 0, values: ['4', { value: '7', since: '3.0' }] },
  { kind: 'fetch', name: 'fc_rtt', index: 0, values: ['us', 'ms'], absent: 'emptyFails' },
  { kind: 'fetch', name: 'fc_rttvar', index: 0, values: ['us', 'ms'], absent: 'emptyFails' },
  { kind: 'fetch', name: 'bin', index: 0, format: 'hex-bytes', absent: 'fails' },
  { kind: 'fetch', name: 'bool', index: 0, values: ['true', 'false', '1', '0'], ignoreCase: true, absent: 'fails' },
  { kind: 'fetch', name: 'distcc_body', index: 0, format: 'four-chars', absent: 'fails' },
  { kind: 'fetch', name: 'distcc_param', index: 0, format: 'four-chars', absent: 'fails' },
  ...['data', 'hdrname', 'hdrval', 'size', 'start_line', 'type'].map((b): SampleArgCheck => ({ kind: 'fetch', name: `internal.htx_blk.${b}`, index: 0, values: BLOCK_NAMES, format: 'digits', absent: 'fails' })),
  { kind: 'converter', name: 'be2dec', index: 1, range: [1, 8], absent: 'fails' },
  { kind: 'converter', name: 'be2dec', index: 2, range: [0, 1] },
  { kind: 'converter', name: 'be2hex', index: 1, range: [1, Infinity], absent: 'fails', onlyWith: [0, 2] },
  { kind: 'converter', name: 'be2hex', index: 2, range: [0, 1] },
  { kind: 'converter', name: 'json_query', index: 0, format: 'non-empty', absent: 'fails' },
  { kind: 'converter', name: 'json_query', index: 1, values: ['int'] },
  { kind: 'converter', name: 'protobuf', index: 1, values: PROTOBUF_TYPES, absent: 'emptyFails' },
  { kind: 'converter', name: 'ungrpc', index: 1, values: PROTOBUF_TYPES, absent: 'emptyFails' },
  { kind: 'converter', name: 'fix_tag_value', index: 0, values: ['MsgType', 'CheckSum', 'BodyLength', 'TargetCompID', 'BeginString', 'SenderCompID'], ignoreCase: true, format: 'positive', absent: 'fails' },
];

const checksByName = new Map<string, SampleArgCheck[]>();
for (const c of SAMPLE_CHECKS) {
  const key = `${c.kind}\0${c.name}`;
  checksByName.set(key, [...(checksByName.get(key) ?? []), c]);
}
const NO_CHECKS: readonly SampleArgCheck[] = [];

/** The checks HAProxy applies to a fetch's or converter's arguments beyond their types, by position. */
export function sampleArgChecks(kind: 'fetch' | 'converter', name: string): readonly SampleArgCheck[] {
  return checksByName.get(`${kind}\0${name}`) ?? NO_CHECKS;
}

/** The words a check accepts in a version. compare: compareVersions. */
export function sampleCheckValues(check: SampleArgCheck, version: HaproxyVersion, compare: (a: HaproxyVersion, b: HaproxyVersion) => number): readonly string[] | undefined {
  return check.values?.flatMap((v) => (typeof v === 'string' ? [v] : compare(version, v.since) >= 0 ? [v.value] : []));
}
