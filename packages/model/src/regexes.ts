/**
 * The words HAProxy compiles as regexes in rule actions (http_act.c), health-check expects
 * (tcpcheck.c) and `fcgi-app path-info` (fcgi-app.c), with regex_comp()'s `cap`: whether groups
 * capture. ACL patterns depend on their match method and `regsub()` arguments on the sample
 * catalog: the linter reads those itself.
 */
import type { Statement, Word } from '@hacfg/syntax';
import { expectWords } from './check-expect.js';

export interface RegexWord {
  readonly word: Word;
  /** False for PCRE2_NO_AUTO_CAPTURE (health-check expects): `(a)\1` then refers to nothing. */
  readonly capture: boolean;
}

/** Rule actions compiling a regex (with captures): the index of the regex among their arguments. */
const ACTION_REGEX: ReadonlyMap<string, number> = new Map([
  ['replace-header', 1], ['replace-value', 1],
  ['replace-path', 0], ['replace-pathq', 0], ['replace-uri', 0],
]);

const NONE: readonly RegexWord[] = [];

/** The regex words of a statement in the section opened by `sectionKeyword`. */
export function regexWordsOf(st: Statement, sectionKeyword: string | undefined): readonly RegexWord[] {
  if (st.type === 'rule' && st.action) {
    const a = st.action.value;
    const args = st.actionArgs;
    const i = ACTION_REGEX.get(a);
    if (i !== undefined) return args[i] ? [{ word: args[i]!, capture: true }] : NONE;
    // `del-header NAME -m reg` (2.6+) matches names with the regex.
    if (a === 'del-header' && args[1]?.value === '-m' && args[2]?.value === 'reg' && args[0]) return [{ word: args[0], capture: true }];
    return NONE;
  }
  if (st.type === 'check-rule' && st.action?.value === 'expect') {
    const { regexes } = expectWords(st.actionArgs);
    return regexes.length === 0 ? NONE : regexes.map((word) => ({ word, capture: false }));
  }
  if (sectionKeyword === 'fcgi-app' && st.keyword === 'path-info' && st.args[0]) return [{ word: st.args[0], capture: true }];
  return NONE;
}
