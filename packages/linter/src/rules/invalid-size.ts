import { checkSize } from '@hacfg/catalog';
import { argRule } from '../util/arg-rule.js';

export default argRule(
  'invalid-size',
  'size',
  {
    description: 'Disallow sizes HAProxy cannot read (digits with at most one k, m or g suffix)',
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      size: "unexpected character '{{char}}' in '{{name}}' size '{{value}}' (digits with an optional k, m or g)",
      missing: "'stick-table' needs a 'size'",
      zero: "'{{name}}' must not be 0",
    },
  },
  {
    // stick-table `size <size>` is read by its own parser, and required.
    statement: (ctx) => (st) => {
      if (st.keyword !== 'stick-table' || st.modifier || st.args.length === 0) return;
      const i = st.args.findIndex((w) => w.value === 'size');
      const w = i >= 0 ? st.args[i + 1] : undefined;
      if (!w) {
        ctx.report({ messageId: 'missing', range: st.keywordWord });
        return;
      }
      if (w.value.includes('$')) return;
      const p = checkSize(w.value);
      if (p) ctx.report({ messageId: 'size', data: { name: 'stick-table size', value: w.value, char: p.kind === 'char' ? p.char : '' }, range: w });
    },
  },
);
