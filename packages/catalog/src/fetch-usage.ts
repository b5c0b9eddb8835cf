/**
 * Where each sample fetch can be evaluated: a fetch reads some sources (the request buffer, HTTP
 * request headers, the selected server, …) and each source exists only at some evaluation points
 * (connection rules, HTTP request rules, response rules, …). Extracted from HAProxy's source by
 * scripts/extract-fetch-sources.mjs (the reference dataset lacks it) at every release tag from
 * v2.4.0 to v3.4.0 (2.7's facts are 2.6's, so 2.6's file serves it); a later target reads 3.4's,
 * and a fetch missing from a release's facts is looked up in 3.4's, then 2.6's.
 */
import facts24 from './source-facts/fetch-sources-2.4.json' with { type: 'json' };
import facts25 from './source-facts/fetch-sources-2.5.json' with { type: 'json' };
import facts26 from './source-facts/fetch-sources-2.6.json' with { type: 'json' };
import facts28 from './source-facts/fetch-sources-2.8.json' with { type: 'json' };
import facts29 from './source-facts/fetch-sources-2.9.json' with { type: 'json' };
import facts30 from './source-facts/fetch-sources-3.0.json' with { type: 'json' };
import facts31 from './source-facts/fetch-sources-3.1.json' with { type: 'json' };
import facts32 from './source-facts/fetch-sources-3.2.json' with { type: 'json' };
import facts33 from './source-facts/fetch-sources-3.3.json' with { type: 'json' };
import facts34 from './source-facts/fetch-sources-3.4.json' with { type: 'json' };
import { aclCriterion } from './samples.js';
import { compareVersions, type HaproxyVersion } from './versions.js';

/** An evaluation point, named as in HAProxy (`FE_HRQ_HDR`: frontend, HTTP request headers). */
export type EvalPoint =
  | 'FE_CON_ACC' | 'FE_SES_ACC' | 'FE_REQ_CNT' | 'FE_HRQ_HDR' | 'FE_HRQ_BDY' | 'FE_SET_BCK'
  | 'BE_REQ_CNT' | 'BE_HRQ_HDR' | 'BE_HRQ_BDY' | 'BE_SET_SRV' | 'BE_SRV_CON' | 'BE_RES_CNT'
  | 'BE_HRS_HDR' | 'BE_HRS_BDY' | 'BE_STO_RUL' | 'FE_RES_CNT' | 'FE_HRS_HDR' | 'FE_HRS_BDY'
  | 'FE_LOG_END' | 'BE_CHK_RUL' | 'CFG_PARSER' | 'CLI_PARSER';

/** Human names of the points, for messages. */
export const EVAL_POINT_NAMES: Readonly<Record<EvalPoint, string>> = {
  FE_CON_ACC: 'frontend tcp-request connection rule', FE_SES_ACC: 'frontend tcp-request session rule',
  FE_REQ_CNT: 'frontend tcp-request content rule', FE_HRQ_HDR: 'frontend http-request header rule',
  FE_HRQ_BDY: 'frontend http-request body rule', FE_SET_BCK: 'frontend use-backend rule',
  BE_REQ_CNT: 'backend tcp-request content rule', BE_HRQ_HDR: 'backend http-request header rule',
  BE_HRQ_BDY: 'backend http-request body rule', BE_SET_SRV: 'backend use-server, balance or stick-match rule',
  BE_SRV_CON: 'server source selection', BE_RES_CNT: 'backend tcp-response content rule',
  BE_HRS_HDR: 'backend http-response header rule', BE_HRS_BDY: 'backend http-response body rule',
  BE_STO_RUL: 'backend stick-store rule', FE_RES_CNT: 'frontend tcp-response content rule',
  FE_HRS_HDR: 'frontend http-response header rule', FE_HRS_BDY: 'frontend http-response body rule',
  FE_LOG_END: 'logs', BE_CHK_RUL: 'backend tcp-check rule', CFG_PARSER: 'configuration parser', CLI_PARSER: 'CLI parser',
};

interface Facts {
  readonly capabilities: Readonly<Record<string, readonly string[]>>;
  readonly fetches: Readonly<Record<string, { readonly sources: readonly string[]; readonly also?: readonly string[] }>>;
}
const F26 = facts26 as Facts;
const F34 = facts34 as Facts;
/** Facts by release, newest first: a target reads the first one not newer than itself. */
const BY_RELEASE: readonly (readonly [HaproxyVersion, Facts])[] = [
  ['3.4', F34], ['3.3', facts33 as Facts], ['3.2', facts32 as Facts], ['3.1', facts31 as Facts], ['3.0', facts30 as Facts],
  ['2.9', facts29 as Facts], ['2.8', facts28 as Facts], ['2.6', F26], ['2.5', facts25 as Facts], ['2.4', facts24 as Facts],
];
const caches = new Map<Facts, Map<string, ReadonlySet<EvalPoint> | null>>(BY_RELEASE.map(([, f]) => [f, new Map()]));
const byVersion = new Map<HaproxyVersion | undefined, readonly Facts[]>();

/** The facts to read for `version`, in order: its release's, then 3.4's and 2.6's for fetches that release lacks. */
function factsFor(version: HaproxyVersion | undefined): readonly Facts[] {
  let list = byVersion.get(version);
  if (!list) {
    const own = version === undefined ? F34 : (BY_RELEASE.find(([v]) => compareVersions(version, v) >= 0)?.[1] ?? BY_RELEASE[BY_RELEASE.length - 1]![1]);
    list = [...new Set([own, F34, F26])];
    byVersion.set(version, list);
  }
  return list;
}

/** A fetch's entry in one release's facts; an ACL-only derivative (`hdr_beg`) reads its fetch's. */
function entryIn(facts: Facts, name: string): Facts['fetches'][string] | undefined {
  const base = Object.hasOwn(facts.fetches, name) ? name : aclCriterion(name)?.fetch?.name;
  return base !== undefined && Object.hasOwn(facts.fetches, base) ? facts.fetches[base] : undefined;
}

function pointsIn(facts: Facts, name: string): ReadonlySet<EvalPoint> | null {
  const cache = caches.get(facts)!;
  let hit = cache.get(name);
  if (hit === undefined) {
    const f = entryIn(facts, name);
    hit = f ? new Set([...(f.also ?? []), ...f.sources.flatMap((s) => facts.capabilities[s] ?? [])] as EvalPoint[]) : null;
    cache.set(name, hit);
  }
  return hit;
}

/**
 * The points where a fetch (or an ACL-only derivative such as `hdr_beg`) can be evaluated in the
 * target version (default: newest); undefined when unknown.
 */
export function fetchEvalPoints(name: string, version?: HaproxyVersion): ReadonlySet<EvalPoint> | undefined {
  for (const facts of factsFor(version)) {
    const p = pointsIn(facts, name);
    if (p) return p;
  }
  return undefined;
}

/**
 * The sources a fetch (or an ACL-only derivative) reads, named as HAProxy's SMP_SRC_* (`L4CLI`,
 * `L6REQ`, `HRQHV` …) in the target version (default: newest); undefined when unknown.
 */
export function fetchSources(name: string, version?: HaproxyVersion): readonly string[] | undefined {
  for (const facts of factsFor(version)) {
    const f = entryIn(facts, name);
    if (f) return f.sources;
  }
  return undefined;
}
