import { atol, compareVersions, type HaproxyVersion } from '@hacfg/catalog';
import type { Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

// The grammar of http_parse_redirect_rule() (http_rules.c), shared by the `redirect` keyword and the
// `http-request`/`http-response redirect` actions: options read in any order until `if`/`unless`.
const TYPES = new Set(['location', 'prefix', 'scheme']);
/** Options followed by one value, and flags, in HAProxy's order. */
const VALUED = ['location', 'prefix', 'scheme', 'set-cookie', 'set-cookie-fmt', 'clear-cookie', 'code'];
const FLAGS = ['drop-query', 'keep-query', 'append-slash', 'ignore-empty'];
/** Options added after 2.4. */
const SINCE: Readonly<Record<string, HaproxyVersion>> = { 'ignore-empty': '2.5', 'keep-query': '3.1', 'set-cookie-fmt': '3.1' };
const CODES = new Set([301, 302, 303, 307, 308]);

export default defineRule({
  id: 'invalid-redirect',
  meta: {
    description: "Disallow redirect rules HAProxy cannot read: no 'location'/'prefix'/'scheme', unknown options, options without their value, unsupported status codes",
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      noType: "'{{keyword}}' needs a redirection type: 'location', 'prefix' or 'scheme' followed by its target",
      unknown: "'{{keyword}}' does not know '{{word}}' (it takes {{allowed}})",
      noValue: "'{{word}}' needs a value after it",
      code: "redirect code '{{value}}' is not one of 301, 302, 303, 307, 308",
      response: "'http-response redirect' only supports the type 'location'",
    },
  },
  create(ctx) {
    const known = (name: string): boolean => !Object.hasOwn(SINCE, name) || compareVersions(ctx.version, SINCE[name]!) >= 0;
    const valued = new Set(VALUED.filter(known));
    const flags = new Set(FLAGS.filter(known));
    const allowed = [...valued, ...flags].join(', ');
    /** `words`: the words after `redirect`, up to the condition; `at`: the word reported for a missing type. */
    const check = (keyword: string, words: readonly Word[], at: Word, response: boolean): void => {
      if (words.some((w) => w.value.includes('$'))) return;
      let type: Word | undefined;
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!;
        const name = w.value;
        if (flags.has(name)) continue;
        if (!valued.has(name)) return ctx.report({ messageId: 'unknown', data: { keyword, word: name, allowed }, range: w });
        const v = words[++i];
        if (!v || v.value === '') return ctx.report({ messageId: 'noValue', data: { word: name }, range: w });
        if (TYPES.has(name)) type = w;
        // Read with atol(): `301x` is 301.
        if (name === 'code' && !CODES.has(atol(v.value))) return ctx.report({ messageId: 'code', data: { value: v.value }, range: v });
      }
      if (type === undefined) return ctx.report({ messageId: 'noType', data: { keyword }, range: at });
      if (response && type.value !== 'location') ctx.report({ messageId: 'response', range: type });
    };
    return {
      'keyword:redirect'(st, where) {
        if (!where.proxy || st.modifier !== undefined || st.type !== 'directive') return;
        const end = st.condition?.range.start ?? Infinity;
        check('redirect', st.args.filter((w) => w.start < end), st.keywordWord, false);
      },
      rule(st) {
        if (st.action?.value !== 'redirect' || st.modifier !== undefined) return;
        check(`${st.ruleset} redirect`, st.actionArgs, st.action, st.ruleset === 'http-response');
      },
    };
  },
});
