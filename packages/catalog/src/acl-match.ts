/**
 * Whether HAProxy finds a match method for an ACL by itself (parse_acl_expr()): an ACL keyword
 * (`path_beg`, `payload`, `method`) brings its own unless converters follow it; otherwise the
 * expression's output type decides, and only booleans, integers, addresses and strings have one.
 * Types are HAProxy's own (SMP_T_*), extracted from its source by scripts/extract-acl-match.mjs at
 * v2.6.0 for the 2.x targets and v3.4.0 for the 3.x ones.
 */
import facts26 from './source-facts/acl-match-2.6.json' with { type: 'json' };
import facts34 from './source-facts/acl-match-3.4.json' with { type: 'json' };
import { compareVersions, type HaproxyVersion } from './versions.js';

interface Facts {
  readonly aclKeywords: Readonly<Record<string, { readonly fetch: string; readonly match: string }>>;
  readonly fetchTypes: Readonly<Record<string, string>>;
  readonly converterTypes: Readonly<Record<string, string>>;
}
const F26 = facts26 as Facts;
const F34 = facts34 as Facts;

/** Output types with a default match method (bool, int, ip, str). */
const WITH_DEFAULT = new Set(['BOOL', 'SINT', 'ADDR', 'IPV4', 'IPV6', 'STR']);

export interface AclDefaultMatch {
  /** Whether HAProxy picks a match method without `-m`. */
  readonly found: boolean;
  /** The output type that decided, as HAProxy names it (`BIN`, `ANY`, `METH`…). */
  readonly type: string;
}

/**
 * The default match method of an ACL on `fetch` followed by converters, of which only the last
 * one's name matters (undefined: none); undefined when a name is unknown to that version's facts.
 */
export function aclDefaultMatch(fetch: string, lastConverter: string | undefined, version: HaproxyVersion): AclDefaultMatch | undefined {
  const f = compareVersions(version, '3.0') >= 0 ? F34 : F26;
  if (lastConverter === undefined && Object.hasOwn(f.aclKeywords, fetch)) return { found: true, type: f.aclKeywords[fetch]!.match };
  const types = lastConverter === undefined ? f.fetchTypes : f.converterTypes;
  const name = lastConverter ?? fetch;
  const type = Object.hasOwn(types, name) ? types[name] : undefined;
  return type === undefined ? undefined : { found: WITH_DEFAULT.has(type), type };
}
