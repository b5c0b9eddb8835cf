import { allBindOptionNames, bindOption } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';
import { missingFeature } from '../util/build.js';
import { hint } from '../util/did-you-mean.js';

export default defineRule({
  id: 'unknown-bind-option',
  meta: {
    description: 'Disallow bind options HAProxy does not know',
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: {
      unknown: "'bind {{address}}': unknown keyword '{{name}}'{{hint}}",
      newer: "'bind {{address}}': '{{name}}' needs HAProxy {{since}} or newer (target is {{version}})",
    },
  },
  create: (ctx) => ({
    bind(st) {
      for (const p of st.params) {
        const name = p.name.value;
        if (name.includes('$') || name === '') continue;
        if (bindOption(name, ctx.version) || missingFeature('bind', name)) continue;
        const any = bindOption(name);
        // HAProxy stops at the first unknown word: what follows may be its argument.
        const data = { address: st.args[0]?.value ?? '', name, version: ctx.version };
        if (any && !any.removedIn) ctx.report({ messageId: 'newer', data: { ...data, since: any.since }, range: p.name });
        else ctx.report({ messageId: 'unknown', data: { ...data, hint: hint(name, allBindOptionNames().filter((n) => bindOption(n, ctx.version))) }, range: p.name });
        return;
      }
    },
  }),
});
