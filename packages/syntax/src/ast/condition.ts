/**
 * `if`/`unless` conditions and ACL bodies, read the way HAProxy's `parse_acl_cond()` reads them:
 * words are ANDed, `or`/`||` starts a new group, leading `!`s negate, and `{ … }` (separate words)
 * holds an anonymous ACL.
 */
import type { Word } from '../cst/types.js';
import { sampleWordSpan } from '@hacfg/catalog';
import { parseSampleWords } from './sample.js';
import type { AclBody, AclFlag, AclTerm, AndGroup, Condition } from './types.js';

/** ACL flags that take an argument word (`-M` only changes how `-f` loads: acl.c). */
const FLAGS_WITH_ARG = new Set(['-m', '-f', '-u']);

/**
 * Reads `criterion [flags] [operator] patterns…` (the words of an ACL after its name), from
 * `words[from]` to `words[to - 1]`: callers pass a window instead of a copy of the words.
 */
export function parseAclBody(words: readonly Word[], source: string, from = 0, to = words.length): AclBody {
  const criterionWord = from < to ? words[from] : undefined;
  let flags: AclFlag[] | undefined;
  // The words after the criterion that start with a converter name belong to its expression.
  let i = from + 1;
  while (i < to && sampleWordSpan([words[i - 1]!.value, words[i]!.value], 0) === 2) i++;
  const criterionWords = criterionWord ? words.slice(from, i) : [];
  while (i < to) {
    const w = words[i]!;
    const v = w.value;
    if (v === '--') {
      (flags ??= []).push({ flag: w, arg: undefined });
      i++;
      break;
    }
    // Like parse_acl_expr(), every word starting with '-' is a flag until `--` (`-5` and `-` are refused there).
    if (v.charCodeAt(0) !== 45 /* - */) break;
    if (FLAGS_WITH_ARG.has(v)) {
      (flags ??= []).push({ flag: w, arg: i + 1 < to ? words[i + 1] : undefined });
      i += 2;
    } else {
      (flags ??= []).push({ flag: w, arg: undefined });
      i++;
    }
  }
  return {
    criterion: criterionWord ? parseSampleWords(criterionWords, source) : undefined,
    criterionWord,
    flags: flags ? exact(flags) : NONE,
    patterns: i < to ? words.slice(i, to) : NONE,
  };
}

/** Shared empty list; the AST is never mutated. */
const NONE: readonly never[] = Object.freeze([]);

/** A copy at exact size: an array grown by `push` keeps room for 17 entries. */
function exact<T>(list: T[]): T[] {
  return list.length === 1 ? [list[0]!] : list.slice();
}

export interface ConditionResult {
  readonly condition: Condition;
  /** `empty`: nothing after `if`/`unless` (or only `!`): HAProxy accepts it, the condition never matches. */
  readonly error: { readonly message: string; readonly word: Word; readonly empty?: boolean } | undefined;
}

/** Parses `words[from]` = `if`|`unless` and the words after it as a condition. */
export function parseCondition(words: readonly Word[], source: string, from = 0): ConditionResult {
  const keyword = words[from]!;
  const groups: AndGroup[] = [];
  let terms: AclTerm[] = [];
  let error: ConditionResult['error'];
  let neg = false;
  let negStart = -1;
  const closeGroup = (): void => {
    if (terms.length > 0) groups.push({ terms: exact(terms), range: { start: terms[0]!.range.start, end: terms[terms.length - 1]!.range.end } });
    terms = [];
  };
  for (let i = from + 1; i < words.length; i++) {
    const w = words[i]!;
    let v = w.value;
    let bangs = 0;
    while (v[bangs] === '!') bangs++;
    if (bangs > 0) {
      if (bangs % 2 === 1) neg = !neg;
      if (negStart < 0) negStart = w.start;
      v = v.slice(bangs);
    }
    if (v === '') continue;
    if (v === '||' || (v.length === 2 && v.toLowerCase() === 'or')) {
      closeGroup();
      neg = false;
      negStart = -1;
      continue;
    }
    const start = negStart >= 0 ? negStart : w.start;
    if (v === '{') {
      let j = i + 1;
      while (j < words.length && words[j]!.value !== '}') j++;
      const closed = j < words.length;
      if (!closed) error ??= { message: "missing closing '}' in condition", word: w };
      else if (j === i + 1) error ??= { message: "empty anonymous ACL '{ }': HAProxy needs a fetch method between the braces", word: words[j]! };
      const end = closed ? words[j]!.end : (words[words.length - 1] ?? w).end;
      terms.push({ type: 'acl-anonymous', negated: neg, acl: parseAclBody(words, source, i + 1, j), closed, range: { start, end } });
      i = j;
    } else {
      const nameStart = w.start + bangs;
      terms.push({ type: 'acl-ref', negated: neg, name: v, nameRange: w.plain ? { start: nameStart, end: w.end } : w, range: { start, end: w.end } });
    }
    neg = false;
    negStart = -1;
  }
  closeGroup();
  if (groups.length === 0) {
    error ??= {
      message:
        keyword.value === 'unless'
          ? "no condition after 'unless': HAProxy accepts it, and the rule always applies"
          : "no condition after 'if': HAProxy accepts it, and the rule never applies",
      word: keyword,
      empty: true,
    };
  }
  const last = words[words.length - 1]!;
  return { condition: { type: 'condition', polarity: keyword.value === 'unless' ? 'unless' : 'if', keyword, groups: groups.length > 0 ? exact(groups) : NONE, range: { start: keyword.start, end: last.end } }, error };
}

/** Index of the first `if`/`unless` word at or after `from`, or -1. */
export function conditionStart(words: readonly Word[], from: number): number {
  for (let i = from; i < words.length; i++) {
    const v = words[i]!.value;
    if (v === 'if' || v === 'unless') return i;
  }
  return -1;
}
