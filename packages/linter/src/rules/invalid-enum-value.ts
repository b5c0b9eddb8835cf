import { STICK_TABLE_TYPES } from '@hacfg/catalog';
import { argRule } from '../util/arg-rule.js';

export default argRule(
  'invalid-enum-value',
  'enum',
  {
    description: "Disallow values outside a keyword's fixed set (hash-type, http-reuse, ssl-min-ver, proto, stick-table type, retry-on, …)",
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: {
      enum: "'{{name}}' does not accept '{{value}}': expected one of {{allowed}}",
      alone: "'retry-on none' cannot be combined with other conditions",
    },
  },
  {
    // `mode` has its own rule (invalid-mode).
    filter: (i) => i.name !== 'mode',
    statement: (ctx) => (st, where) => {
      if (st.keyword === 'retry-on' && where.proxy && st.args.length > 1 && !st.modifier) {
        const none = st.args.find((w) => w.value === 'none');
        if (none) ctx.report({ messageId: 'alone', range: none });
        return;
      }
      if (st.keyword !== 'stick-table' || st.modifier) return;
      const i = st.args.findIndex((w) => w.value === 'type');
      const w = i >= 0 ? st.args[i + 1] : undefined;
      if (w && !w.value.includes('$') && !STICK_TABLE_TYPES.has(w.value)) {
        ctx.report({ messageId: 'enum', data: { name: 'stick-table type', value: w.value, allowed: [...STICK_TABLE_TYPES].map((t) => `'${t}'`).join(', ') }, range: w });
      }
    },
  },
);
