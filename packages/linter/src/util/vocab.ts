/**
 * Classifies a statement's keyword against the catalog for a target version: known, newer than
 * the target, removed (catalog history or hand-written legacy list), or unknown.
 */
import {
  matchKeyword,
  matchRemovedKeyword,
  sectionInfo,
  section as sectionEntry,
  knownIn,
  type HaproxyVersion,
  type KeywordMatch,
  type RemovedKeyword,
} from '@hacfg/catalog';
import type { Statement } from '@hacfg/syntax';

export type KeywordStatus =
  | { readonly kind: 'ok'; readonly match: KeywordMatch }
  | { readonly kind: 'newer'; readonly match: KeywordMatch }
  | { readonly kind: 'removed'; readonly match: KeywordMatch | undefined; readonly legacy: RemovedKeyword | undefined; readonly consumed: number }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'skip' };

/** `1.6` < `2.1` < `2.10`: compares dotted versions, including ones older than the catalog's. */
export function versionLE(a: string, b: string): boolean {
  const pa = a.replace('-dev', '').split('.').map(Number);
  const pb = b.replace('-dev', '').split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

/** Words as the catalog names them: `http-check set-var(x)` → `http-check set-var`. */
export function keywordWords(st: Statement): string[] {
  const words = st.words.map((w) => w.value);
  const strip = (i: number): void => {
    const w = words[i];
    if (w !== undefined) words[i] = w.replace(/\(.*$/s, '');
  };
  strip(0);
  strip(1);
  return words;
}

/** Whether the section keyword is usable in the target version (sections added later are not). */
export function sectionKnownIn(keyword: string, version: HaproxyVersion): boolean {
  const e = sectionEntry(keyword);
  if (e) return knownIn(e, version);
  const info = sectionInfo(keyword);
  return info !== undefined && versionLE(info.since, version) && (info.removedIn === undefined || !versionLE(info.removedIn, version));
}

/** One entry per statement: every rule asks about the same section and version during a run. */
const cache = new WeakMap<Statement, { readonly section: string | undefined; readonly version: HaproxyVersion; readonly result: KeywordStatus }>();
const SKIP: KeywordStatus = { kind: 'skip' };

export function classify(st: Statement, section: string | undefined, version: HaproxyVersion): KeywordStatus {
  if (st.type === 'conditional' || st.type === 'message') return SKIP;
  const hit = cache.get(st);
  if (hit && hit.section === section && hit.version === version) return hit.result;
  const result = compute(st, section, version);
  cache.set(st, { section, version, result });
  return result;
}

function compute(st: Statement, section: string | undefined, version: HaproxyVersion): KeywordStatus {
  const info = section === undefined ? undefined : sectionInfo(section);
  if (section === undefined || !info || !sectionKnownIn(section, version)) return { kind: 'skip' };
  const words = keywordWords(st);
  const scope = info.kind === 'global' ? 'global' : info.kind === 'proxy' ? 'proxy' : 'section';
  const prefixed = words[0] === 'no' || words[0] === 'default' ? 1 : 0;
  const legacy = matchRemovedKeyword(words.slice(prefixed));
  const legacyApplies = legacy && (legacy.entry.scope === scope || (legacy.entry.scope === 'option' && scope === 'proxy')) && versionLE(legacy.entry.removedIn, version);
  const known = matchKeyword(section, words, version);
  if (known && !(legacyApplies && known.consumed < legacy.consumed + prefixed)) return { kind: 'ok', match: known };
  if (legacyApplies) return { kind: 'removed', match: undefined, legacy: legacy.entry, consumed: legacy.consumed + prefixed };
  const any = matchKeyword(section, words);
  if (any) {
    const e = any.entry;
    if (!versionLE(e.since, version)) return { kind: 'newer', match: any };
    if (e.removedIn !== undefined && versionLE(e.removedIn, version)) return { kind: 'removed', match: any, legacy: undefined, consumed: any.consumed };
  }
  return { kind: 'unknown' };
}
