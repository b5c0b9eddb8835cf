/**
 * Classifies a statement's keyword against the catalog for a target version: known, newer than
 * the target, removed (catalog history or hand-written legacy list), or unknown.
 */
import {
  matchKeyword,
  matchRemovedKeyword,
  removedKeyword,
  sectionInfo,
  section as sectionEntry,
  knownIn,
  allKeywordNames,
  REMOVED_KEYWORDS,
  SECTIONS,
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

/**
 * Words as the catalog names them: `http-check set-var(x)` → `http-check set-var`. Only check
 * actions carry arguments in their name; elsewhere `timeout(x)` or `connect(` is another word.
 */
export function keywordWords(st: Statement, limit = Infinity): string[] {
  const n = Math.min(limit, st.words.length);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(st.words[i]!.value);
  if ((words[0] === 'http-check' || words[0] === 'tcp-check') && words[1] !== undefined) words[1] = words[1].replace(/\(.*$/s, '');
  return words;
}

/** Whether the section keyword is usable in the target version (sections added later are not). */
export function sectionKnownIn(keyword: string, version: HaproxyVersion): boolean {
  const e = sectionEntry(keyword);
  if (e) return knownIn(e, version);
  const info = sectionInfo(keyword);
  return info !== undefined && versionLE(info.since, version) && (info.removedIn === undefined || !versionLE(info.removedIn, version));
}

/** The release that removed a section the target no longer has, else undefined. */
export function sectionRemovedIn(keyword: string, version: HaproxyVersion): HaproxyVersion | undefined {
  const removedIn = sectionEntry(keyword)?.removedIn ?? sectionInfo(keyword)?.removedIn;
  return removedIn !== undefined && versionLE(removedIn, version) ? removedIn : undefined;
}

const SKIP: KeywordStatus = { kind: 'skip' };

/**
 * Leading words that begin a longer keyword (`option`, `capture request`, …) in any section's
 * table or the legacy list: only then do the words after them change a line's status.
 */
let multiWordStarts: ReadonlySet<string> | undefined;
function startsLongerKeyword(words: string): boolean {
  if (!multiWordStarts) {
    const out = new Set<string>();
    const names = [...SECTIONS.flatMap((s) => allKeywordNames(s.name)), ...REMOVED_KEYWORDS.map((r) => r.name)];
    for (const name of names) {
      const parts = name.split(' ');
      for (let n = 1; n < parts.length; n++) out.add(parts.slice(0, n).join(' '));
    }
    multiWordStarts = out;
  }
  return multiWordStarts.has(words);
}

/**
 * How many leading words decide a statement's status: the first word, and further words only
 * while they may still spell a longer keyword; after a `no`/`default` prefix the same from the
 * second word (the line is matched both with and without the prefix).
 */
function deciding(words: readonly string[]): number {
  const prefixed = words[0] === 'no' || words[0] === 'default';
  return Math.max(spelled(words, 0), prefixed ? spelled(words, 1) : 0);
}

function spelled(words: readonly string[], from: number): number {
  let n = Math.min(words.length, from + 1);
  while (n < words.length && startsLongerKeyword(words.slice(from, n).join(' '))) n++;
  return n;
}

/**
 * Results by section, version and deciding words: a large file repeats the same few keywords on
 * most lines, so the catalog is consulted once per keyword, not once per line. Pure catalog
 * facts, so shared across runs; cleared past MEMO_LIMIT keys (unknown keywords make many).
 */
const MEMO_LIMIT = 10_000;
const memo = new Map<string, KeywordStatus>();
/** The last answer, in variables rather than an object allocated per statement: the rules of a run ask about the same statement one after the other. */
let lastSt: Statement | undefined;
let lastSection: string | undefined;
let lastVersion: HaproxyVersion | undefined;
let lastResult: KeywordStatus = SKIP;

export function classify(st: Statement, section: string | undefined, version: HaproxyVersion): KeywordStatus {
  if (st.type === 'conditional' || st.type === 'message' || section === undefined) return SKIP;
  if (lastSt === st && lastSection === section && lastVersion === version) return lastResult;
  const result = memoised(st, section, version);
  lastSt = st;
  lastSection = section;
  lastVersion = version;
  lastResult = result;
  return result;
}

/** Results for lines decided by their first word alone (most lines), by section and version. */
const byFirstWord = new Map<HaproxyVersion, Map<string, Map<string, KeywordStatus>>>();

function memoised(st: Statement, section: string, version: HaproxyVersion): KeywordStatus {
  const w0 = st.words[0]!.value;
  // The common case without building the key below: a first word that is no prefix, holds no
  // `(` and starts no longer keyword decides the status on its own.
  if (w0 !== 'no' && w0 !== 'default' && !w0.includes('(') && !startsLongerKeyword(w0)) {
    let bySection = byFirstWord.get(version);
    if (!bySection) byFirstWord.set(version, (bySection = new Map()));
    let m = bySection.get(section);
    if (!m) bySection.set(section, (m = new Map()));
    let r = m.get(w0);
    if (r === undefined) {
      if (m.size >= MEMO_LIMIT) m.clear();
      m.set(w0, (r = compute([w0], section, version)));
    }
    return r;
  }
  const words = keywordWords(st, KEY_WORDS);
  const n = deciding(words);
  // Length-prefixed words: unambiguous whatever characters a word holds.
  let key = `${section}\0${version}`;
  for (let i = 0; i < n; i++) key += `\0${words[i]!.length}:${words[i]}`;
  let result = memo.get(key);
  if (result === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    result = compute(words.slice(0, n), section, version);
    memo.set(key, result);
  }
  return result;
}

/** Enough words for any status: an optional prefix + the longest keyword (3 words). */
const KEY_WORDS = 4;

function compute(words: readonly string[], section: string, version: HaproxyVersion): KeywordStatus {
  const info = sectionInfo(section);
  if (!info || !sectionKnownIn(section, version)) return SKIP;
  const scope = info.kind === 'global' ? 'global' : info.kind === 'proxy' ? 'proxy' : 'section';
  const prefixed = words[0] === 'no' || words[0] === 'default' ? 1 : 0;
  const legacy = matchRemovedKeyword(words.slice(prefixed));
  const legacyInScope = legacy && (legacy.entry.scope === scope || (legacy.entry.scope === 'option' && scope === 'proxy'));
  const legacyApplies = legacyInScope && versionLE(legacy.entry.removedIn, version);
  const known = matchKeyword(section, words, version);
  if (known && !(legacyApplies && known.consumed < legacy.consumed + prefixed)) return { kind: 'ok', match: known };
  if (legacyApplies) return { kind: 'removed', match: undefined, legacy: legacy.entry, consumed: legacy.consumed + prefixed };
  // Still read but ignored before its removal (`option http-use-htx` in 2.4): deprecated-keyword's, not unknown.
  if (legacyInScope && legacy.entry.ignoredSince !== undefined && versionLE(legacy.entry.ignoredSince, version)) return SKIP;
  const any = matchKeyword(section, words);
  if (any) {
    const e = any.entry;
    if (!versionLE(e.since, version)) return { kind: 'newer', match: any };
    if (e.removedIn !== undefined && versionLE(e.removedIn, version)) return { kind: 'removed', match: any, legacy: undefined, consumed: any.consumed };
  }
  return { kind: 'unknown' };
}

/**
 * The legacy entry refusing a line the catalog still knows, because the keyword is written alone
 * (`master-worker` from 3.5; `master-worker no-exit-on-failure` is still read).
 */
export function refusedBare(st: Statement, c: KeywordStatus, version: HaproxyVersion): RemovedKeyword | undefined {
  if (c.kind !== 'ok' || st.words.length !== c.match.consumed) return undefined;
  const l = removedKeyword(c.match.entry.name);
  return l?.bareOnly && versionLE(l.removedIn, version) ? l : undefined;
}
