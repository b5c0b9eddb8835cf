// Sample fetches, converters and everything ACL-specific (flags, match methods, derivatives).
import { ACL, CONVERTERS, FETCHES } from './data.js';
import { backportedTo } from './overrides.js';
import { byName, knownIn, lookup } from './resolve.js';
import type { AclDerivative, AclFlag, Converter, Fetch, NamedFact, PredefinedAcl } from './types.js';
import type { HaproxyVersion } from './versions.js';

const FETCH = byName(FETCHES);
const CONV = byName(CONVERTERS);
const DERIV = byName(ACL.derivatives);
const FLAG = byName(ACL.flags);
const METHOD = byName(ACL.matchMethods);
const PREDEF = byName(ACL.predefined);

/** A sample fetch by name (no parentheses): `src`, `req.hdr`, `ssl_fc_sni`. */
export function fetch(name: string, version?: HaproxyVersion): Fetch | undefined {
  return lookup(FETCH, name, version);
}

/** A converter by name: `lower`, `map_beg_int`, `json_query`. */
export function converter(name: string, version?: HaproxyVersion): Converter | undefined {
  const found = lookup(CONV, name, version);
  if (found || version === undefined) return found;
  // Backported to an older branch in a maintenance release (see BACKPORTED).
  const e = CONV.get(name);
  return e && !knownIn(e, version) && backportedTo('converter', name, version) ? e : undefined;
}

/** An ACL-only derivative keyword (`hdr_beg`, `path_end`) with its base fetch and match method. */
export function aclDerivative(name: string, version?: HaproxyVersion): AclDerivative | undefined {
  return lookup(DERIV, name, version);
}

export type AclCriterion =
  | { readonly kind: 'fetch'; readonly fetch: Fetch; readonly match?: undefined }
  | { readonly kind: 'derivative'; readonly derivative: AclDerivative; readonly fetch: Fetch | undefined; readonly match: string };

/**
 * What an ACL criterion names: a sample fetch, or an ACL-only derivative resolved to its base
 * fetch and implied match method. Derivatives win, since their name fixes the match method.
 */
export function aclCriterion(name: string, version?: HaproxyVersion): AclCriterion | undefined {
  const d = aclDerivative(name, version);
  if (d) return { kind: 'derivative', derivative: d, fetch: fetch(d.fetch, version) ?? fetch(d.fetch), match: d.match };
  const f = fetch(name, version);
  return f ? { kind: 'fetch', fetch: f } : undefined;
}

/** An ACL flag: `-i`, `-f`, `-m`, `-n`, `-M`, `-u`, `--`. */
export function aclFlag(flag: string, version?: HaproxyVersion): AclFlag | undefined {
  return lookup(FLAG, flag, version);
}

/** A `-m` match method: `str`, `beg`, `reg`, … */
export function matchMethod(name: string, version?: HaproxyVersion): NamedFact | undefined {
  return lookup(METHOD, name, version);
}

/** A predefined ACL (`TRUE`, `HTTP`, `METH_GET`) with the expression it stands for. */
export function predefinedAcl(name: string, version?: HaproxyVersion): PredefinedAcl | undefined {
  return lookup(PREDEF, name, version);
}

/** The match method a criterion uses when `-m` is absent, by sample output type. */
export function defaultMatchFor(type: string): string | undefined {
  return ACL.defaultMatchByType.find((t) => t.type === type)?.defaultMethod;
}

export const allFetchNames = (): readonly string[] => [...FETCH.keys()];
export const allConverterNames = (): readonly string[] => [...CONV.keys()];

/** Characters of a keyword as HAProxy's is_idchar() reads them. */
const ID_CHARS = /^[A-Za-z0-9._+:-]*/;

/**
 * How many words a sample expression starting at `values[from]` spans: sample_parse_expr() goes on
 * with the next word while it starts with a converter name (`str(a),lower base64`), and stops at
 * the first one that does not (`if`, `len`, `table`).
 */
export function sampleWordSpan(values: readonly string[], from: number, version?: HaproxyVersion): number {
  let end = from + 1;
  while (end < values.length && converter(ID_CHARS.exec(values[end]!)![0], version) !== undefined) end++;
  return Math.min(end, values.length) - from;
}
