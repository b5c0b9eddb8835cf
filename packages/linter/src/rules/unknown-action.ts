import { action, actionName, actionNames, anyAction, compareVersions, trackScNumber } from '@hacfg/catalog';
import type { Ruleset, Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { statsHttpRequest } from '../util/stats-rules.js';
import { reportUnknownName } from '../util/unknown-name.js';

export default defineRule({
  id: 'unknown-action',
  meta: {
    description: 'Disallow rule actions that the ruleset (http-request, tcp-request content, …) does not offer',
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: {
      unknown: "'{{ruleset}}' does not know the action '{{name}}'{{hint}}",
      newer: "'{{ruleset}} {{name}}' needs HAProxy {{since}} or newer (target is {{version}})",
      lua: "'{{ruleset}}' does not know the action '{{name}}': Lua actions come from scripts loaded with 'lua-load', and this configuration loads none",
      conditionFirst: "'{{ruleset}}' needs an action before '{{word}}'",
      noAction: "'stats http-request' needs an action (allow, deny, auth …)",
      paren: "'{{ruleset}}' does not know the action '{{raw}}': '{{name}}' takes no arguments in parentheses",
      trackScWord: "'{{ruleset}} {{raw}}': '{{suffix}}' is no stick counter number (track-sc0, track-sc1 …)",
      trackScRange: "'{{ruleset}} {{raw}}': stick counter {{number}} does not exist, {{limit}}",
    },
  },
  create: (ctx) => {
    // Lua actions are registered by the scripts; without any script, none exists.
    let luaLoaded: boolean | undefined;
    const anyLua = (): boolean => (luaLoaded ??= ['lua-load', 'lua-load-per-thread'].some((k) => ctx.config.globalLines(k).length > 0));
    // Up to 2.7 three counters are built in (MAX_SESS_STKCTR); from 2.8 'tune.stick-counters' sets how many.
    const tunable = compareVersions(ctx.version, '2.8') >= 0;
    let counters: { n: number; set: boolean } | undefined;
    const stickCounters = (): { n: number; set: boolean } => {
      if (counters) return counters;
      const last = tunable ? ctx.config.globalLines('tune.stick-counters').at(-1) : undefined;
      const v = last?.statement.args[0]?.value;
      return (counters = v !== undefined && /^\d+$/.test(v) && Number(v) <= 100 ? { n: Number(v), set: true } : { n: 3, set: false });
    };
    const checkTrackSc = (ruleset: Ruleset, word: Word): void => {
      const n = trackScNumber(word.value);
      if (n === undefined) return ctx.report({ messageId: 'trackScWord', data: { ruleset, raw: word.value, suffix: word.value.slice('track-sc'.length) }, range: word });
      const { n: max, set } = stickCounters();
      if (n < max) return;
      const limit = !set ? `HAProxy ${ctx.version} has counters 0 to 2${tunable ? " unless 'tune.stick-counters' sets more" : ''}` : max === 0 ? "'tune.stick-counters 0' disables them" : `'tune.stick-counters ${max}' allows 0 to ${max - 1}`;
      ctx.report({ messageId: 'trackScRange', data: { ruleset, raw: word.value, number: String(n), limit }, range: word });
    };
    const check = (ruleset: Ruleset, word: Word): void => {
      const raw = word.value;
      if (raw.startsWith('lua.') && !raw.includes('$')) {
        if (!anyLua()) ctx.report({ messageId: 'lua', data: { ruleset, name: raw }, range: word });
        return;
      }
      if (raw.includes('$')) return;
      if (raw === 'if' || raw === 'unless') return ctx.report({ messageId: 'conditionFirst', data: { ruleset, word: raw }, range: word });
      const known = actionName(raw);
      if (action(ruleset, known, ctx.version)) return known === 'track-sc' ? checkTrackSc(ruleset, word) : undefined;
      const name = raw.replace(/\(.*$/s, '');
      // `deny(`: an action, but not one written with its arguments in parentheses.
      if (name !== raw && action(ruleset, name, ctx.version)) return ctx.report({ messageId: 'paren', data: { ruleset, raw, name }, range: word });
      const span = anyAction(name)?.rulesets[ruleset];
      reportUnknownName(ctx, name, word, span, () => actionNames(ruleset, ctx.version), { ruleset });
    };
    return {
      rule(st) {
        if (st.action) check(st.ruleset, st.action);
      },
      // `stats http-request <action>` takes the http-request actions (the stats page's own ruleset).
      stats(st) {
        const r = statsHttpRequest(st);
        if (!r) return;
        if (r.action) check('http-request', r.action);
        else ctx.report({ messageId: 'noAction', range: st.sub! });
      },
    };
  },
});
