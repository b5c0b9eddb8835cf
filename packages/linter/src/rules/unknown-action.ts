import { action, actionNames, actionTakesParenArgs, anyAction } from '@hacfg/catalog';
import type { Ruleset, Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
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
    },
  },
  create: (ctx) => {
    // Lua actions are registered by the scripts; without any script, none exists.
    let luaLoaded: boolean | undefined;
    const anyLua = (): boolean => (luaLoaded ??= ['lua-load', 'lua-load-per-thread'].some((k) => ctx.config.globalLines(k).length > 0));
    const check = (ruleset: Ruleset, word: Word): void => {
      const raw = word.value;
      if (raw.startsWith('lua.') && !raw.includes('$')) {
        if (!anyLua()) ctx.report({ messageId: 'lua', data: { ruleset, name: raw }, range: word });
        return;
      }
      if (raw.includes('$')) return;
      if (raw === 'if' || raw === 'unless') return ctx.report({ messageId: 'conditionFirst', data: { ruleset, word: raw }, range: word });
      const name = raw.replace(/\(.*$/s, '');
      if (action(ruleset, name, ctx.version)) {
        // Only the actions written `name(…)` are looked up by prefix: `deny(` is no action.
        if (name !== raw && !actionTakesParenArgs(name)) ctx.report({ messageId: 'paren', data: { ruleset, raw, name }, range: word });
        return;
      }
      const span = anyAction(name)?.rulesets[ruleset];
      reportUnknownName(ctx, name, word, span, () => actionNames(ruleset, ctx.version), { ruleset });
    };
    return {
      rule(st) {
        if (st.action) check(st.ruleset, st.action);
      },
      // `stats http-request <action>` takes the http-request actions (the stats page's own ruleset).
      stats(st) {
        if (st.sub?.value !== 'http-request' || st.modifier !== undefined) return;
        const a = st.subArgs[0];
        if (!a || a.value === '') ctx.report({ messageId: 'noAction', range: st.sub });
        else check('http-request', a);
      },
    };
  },
});
