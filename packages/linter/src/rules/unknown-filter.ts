import { filter, MISC } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';
import { hint } from '../util/did-you-mean.js';

export default defineRule({
  id: 'unknown-filter',
  meta: {
    description: "Disallow 'filter' types HAProxy does not know",
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: {
      unknown: "'filter': unknown filter type '{{name}}'{{hint}}",
      newer: "'filter {{name}}' needs HAProxy {{since}} or newer (target is {{version}})",
    },
  },
  create: (ctx) => ({
    'keyword:filter'(st, where) {
      const w = st.args[0];
      if (!where.proxy || !w || w.value.includes('$')) return;
      const name = w.value;
      if (filter(name, ctx.version)) return;
      const any = filter(name);
      if (any && !any.removedIn) ctx.report({ messageId: 'newer', data: { name, since: any.since, version: ctx.version }, range: w });
      else ctx.report({ messageId: 'unknown', data: { name, hint: hint(name, MISC.filters.filter((f) => filter(f.name, ctx.version)).map((f) => f.name)) }, range: w });
    },
  }),
});
