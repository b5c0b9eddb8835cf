import { allBindOptionNames, bindOption } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';
import { reportUnknownName } from '../util/unknown-name.js';
import { missingFeature } from '../util/build.js';

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
        reportUnknownName(ctx, name, p.name, any, () => allBindOptionNames().filter((n) => bindOption(n, ctx.version)), data);
        return;
      }
    },
  }),
});
