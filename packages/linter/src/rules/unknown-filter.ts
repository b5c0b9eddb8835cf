import { filter, MISC } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';
import { reportUnknownName } from '../util/unknown-name.js';

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
      reportUnknownName(ctx, name, w, any, () => MISC.filters.filter((f) => filter(f.name, ctx.version)).map((f) => f.name));
    },
  }),
});
