/**
 * The `%x` variables ("aliases" from 3.0) a log-format string may use, per release: log.c's
 * logformat_keywords[] (2.4–2.9) and logformat_aliases[] (3.0+), read at each release tag. The
 * reference data is silent on them; names are case-sensitive and nothing else is accepted. Also
 * the `%{+X}` flags (var_args_list[] / node_args_list[]), which HAProxy ignores when unknown.
 */
import { inRange, type HaproxyVersion } from './versions.js';

export interface LogFormatVariable {
  readonly name: string;
  /** PR_MODE_HTTP in the table: refused in a proxy not in HTTP mode until 3.0, a diagnostic from 3.1. */
  readonly httpOnly: boolean;
  readonly since: HaproxyVersion;
  /** First release without it. */
  readonly removedIn?: HaproxyVersion;
  /** 2.4's deprecated spellings: HAProxy warns and reads this one instead. */
  readonly replacement?: string;
}

const HTTP_ONLY = new Set(['CC', 'CS', 'HM', 'HP', 'HPO', 'HQ', 'HU', 'HV', 'TR', 'Ta', 'Ti', 'Tq', 'Tr', 'r', 'tr', 'trg', 'trl']);
const ALWAYS = [
  'o', 'B', 'CC', 'CS', 'H', 'ID', 'ST', 'T', 'Ta', 'Tc', 'Th', 'Ti', 'Tl', 'Tq', 'Tr', 'TR', 'Td', 'Ts', 'Tt', 'Tu', 'Tw', 'U',
  'ac', 'b', 'bc', 'bi', 'bp', 'bq', 'ci', 'cp', 'f', 'fc', 'fi', 'fp', 'ft', 'hr', 'hrl', 'hs', 'hsl', 'HM', 'HP', 'HPO', 'HQ',
  'HU', 'HV', 'lc', 'ms', 'pid', 'r', 'rc', 'rt', 's', 'sc', 'si', 'sp', 'sq', 'sslc', 'sslv', 't', 'tr', 'trg', 'trl', 'ts', 'tsc',
];
/** 2.4 only ("deprecated and will be removed soon"), with what HAProxy reads instead. */
const DEPRECATED_24: Readonly<Record<string, string>> = {
  Bi: 'bi', Bp: 'bp', Ci: 'ci', Cp: 'cp', Fi: 'fi', Fp: 'fp', Si: 'si', Sp: 'sp', cc: 'CC', cs: 'CS', st: 'ST',
};

export const LOG_FORMAT_VARIABLES: readonly LogFormatVariable[] = [
  ...ALWAYS.map((name) => ({ name, httpOnly: HTTP_ONLY.has(name), since: '2.4' as const })),
  // %OG: the log origin, 3.1.
  { name: 'OG', httpOnly: false, since: '3.1' },
  ...Object.entries(DEPRECATED_24).map(([name, replacement]) => ({ name, httpOnly: name === 'cc' || name === 'cs' || name === 'st', since: '2.4' as const, removedIn: '2.5' as const, replacement })),
];

const BY_NAME = new Map(LOG_FORMAT_VARIABLES.map((v) => [v.name, v]));

/** The variable `name` as `version` reads it, if it knows it. */
export function logFormatVariable(name: string, version: HaproxyVersion): LogFormatVariable | undefined {
  const v = BY_NAME.get(name);
  return v && inRange(version, v.since, v.removedIn) ? v : undefined;
}

/** Every name `version` knows, for suggestions. */
export function logFormatVariableNames(version: HaproxyVersion): string[] {
  return LOG_FORMAT_VARIABLES.filter((v) => inRange(version, v.since, v.removedIn)).map((v) => v.name);
}

/** A name some release knew (the 2.4 spellings), for a replacement hint once it is gone. */
export function formerLogFormatVariable(name: string): LogFormatVariable | undefined {
  return BY_NAME.get(name);
}

/** The flags `%{+F,-G}` may set or clear; `bin`, `json` and `cbor` from 3.0. */
export function logFormatFlags(version: HaproxyVersion): readonly string[] {
  return inRange(version, '3.0') ? ['M', 'Q', 'X', 'E', 'bin', 'json', 'cbor'] : ['M', 'Q', 'X', 'E'];
}
