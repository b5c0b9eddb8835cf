import { atol, compareVersions, type HaproxyVersion } from '@hacfg/catalog';
import type { Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

// The grammar of http_parse_redirect_rule() (http_rules.c), shared by the `redirect` keyword and the
// `http-request`/`http-response redirect` actions: options read in any order until `if`/`unless`.
const TYPES = new Set(['location', 'prefix', 'scheme']);
/** Options followed by one value, with the version that added each. */
const VALUED: Readonly<Record<string, HaproxyVersion>> = { location: '2.4', prefix: '2.4', scheme: '2.4', 'set-cookie': '2.4', 'clear-cookie': '2.4', code: '2.4', 'set-cookie-fmt': '3.1' };
const FLAGS: Readonly<Record<string, HaproxyVersion>> = { 'drop-query': '2.4', 'append-slash': '2.4', 'ignore-empty': '2.5', 'keep-query': '3.1' };
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
    const since = (v: HaproxyVersion): boolean => compareVersions(ctx.version, v) >= 0;
    const allowed = (): string => [...Object.keys(VALUED), ...Object.keys(FLAGS)].filter((k) => since(VALUED[k] ?? FLAGS[k]!)).join(', ');
    /** `words`: the words after `redirect`, up to the condition; `at`: the word reported for a missing type. */
    const check = (keyword: string, words: readonly Word[], at: Word, response: boolean): void => {
      if (words.some((w) => w.value.includes('$'))) return;
      let type: Word | undefined;
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!;
        const name = w.value;
        const valued = Object.hasOwn(VALUED, name) && since(VALUED[name]!);
        if (!valued) {
          if (Object.hasOwn(FLAGS, name) && since(FLAGS[name]!)) continue;
          return ctx.report({ messageId: 'unknown', data: { keyword, word: name, allowed: allowed() }, range: w });
        }
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
