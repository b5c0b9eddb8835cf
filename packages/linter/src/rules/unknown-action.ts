import { action, actionNames, anyAction } from '@hacfg/catalog';
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
    },
  },
  create: (ctx) => {
    // Lua actions are registered by the scripts; without any script, none exists.
    let luaLoaded: boolean | undefined;
    const anyLua = (): boolean => (luaLoaded ??= ['lua-load', 'lua-load-per-thread'].some((k) => ctx.config.globalLines(k).length > 0));
    return {
      rule(st) {
        if (!st.action) return;
        const raw = st.action.value;
        if (raw.startsWith('lua.') && !raw.includes('$')) {
          if (!anyLua()) ctx.report({ messageId: 'lua', data: { ruleset: st.ruleset, name: raw }, range: st.action });
          return;
        }
        if (raw.includes('$') || raw === 'if' || raw === 'unless') return;
        const name = raw.replace(/\(.*$/s, '');
        if (action(st.ruleset, name, ctx.version)) return;
        const span = anyAction(name)?.rulesets[st.ruleset];
        reportUnknownName(ctx, name, st.action, span, () => actionNames(st.ruleset, ctx.version), { ruleset: st.ruleset });
      },
    };
  },
});
