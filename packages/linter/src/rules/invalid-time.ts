import { checkTime } from '@hacfg/catalog';
import { argRule } from '../util/arg-rule.js';

export default argRule(
  'invalid-time',
  'time',
  {
    description: 'Disallow delays HAProxy cannot read: bad unit, overflow past 24.8 days, or zero where a period is needed',
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      char: "unexpected character '{{char}}' in '{{name}}' value '{{value}}' (units: us, ms, s, m, h, d)",
      overflow: "'{{name}}' value '{{value}}' overflows: the maximum is 2147483647 ms (about 24.8 days)",
      underflow: "'{{name}}' value '{{value}}' rounds to zero: the smallest non-zero delay is 1 ms",
      zero: "'{{name}}' must be a non-zero delay",
    },
  },
  {
    // stick-table `expire <time>` is read by its own parser.
    statement: (ctx) => (st) => {
      if (st.keyword !== 'stick-table' || st.modifier) return;
      const i = st.args.findIndex((w) => w.value === 'expire');
      const w = i >= 0 ? st.args[i + 1] : undefined;
      if (!w || w.value.includes('$')) return;
      const p = checkTime(w.value, { type: 'time', unit: 'ms' });
      if (p) ctx.report({ messageId: p.kind, data: { name: 'stick-table expire', value: w.value, char: p.kind === 'char' ? p.char : '' }, range: w });
    },
  },
);
