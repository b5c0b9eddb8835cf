import { argRule } from '../util/arg-rule.js';
import { stickTableExpire } from '../util/stick-expire.js';

export default argRule(
  'time-trailing-characters',
  'time-trailing',
  {
    description: "Warn about delays with characters after the unit ('5sec', '1m30'), which HAProxy reads up to the unit",
    severity: 'warning',
    category: 'syntax',
    fixable: false,
    haproxyWarning: true,
    messages: {
      trailing: "'{{name}}' value '{{value}}' has '{{char}}' after its unit: HAProxy reads only up to the unit and ignores the rest (units: us, ms, s, m, h, d)",
    },
  },
  {
    // stick-table `expire <time>` is read by the same function.
    statement: (ctx) => (st) => {
      const e = stickTableExpire(st);
      if (e?.problem.kind === 'trailing') ctx.report({ messageId: 'trailing', data: { name: 'stick-table expire', value: e.word.value, char: e.problem.char }, range: e.word });
    },
  },
);
