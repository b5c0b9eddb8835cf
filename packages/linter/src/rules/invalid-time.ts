import { argRule } from '../util/arg-rule.js';
import { stickTableExpire } from '../util/stick-expire.js';

export default argRule(
  'invalid-time',
  'time',
  {
    description: 'Disallow delays HAProxy cannot read: bad unit, overflow past 24.8 days (68 years for delays in seconds), or zero where a period is needed',
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      char: "unexpected character '{{char}}' in '{{name}}' value '{{value}}' (units: us, ms, s, m, h, d)",
      overflow: "'{{name}}' value '{{value}}' overflows: the maximum is 2147483647 {{unit}} ({{span}})",
      underflow: "'{{name}}' value '{{value}}' rounds to zero: the smallest non-zero delay is 1 ms",
      zero: "'{{name}}' must be a non-zero delay",
    },
  },
  {
    // stick-table `expire <time>` is read by its own parser.
    statement: (ctx) => (st) => {
      const e = stickTableExpire(st);
      // Characters after the unit are time-trailing-characters' (a warning).
      if (e && e.problem.kind !== 'trailing') ctx.report({ messageId: e.problem.kind, data: { name: 'stick-table expire', value: e.word.value, char: e.problem.kind === 'char' ? e.problem.char : '', unit: 'ms', span: 'about 24.8 days' }, range: e.word });
    },
  },
);
