import { argRule } from '../util/arg-rule.js';

export default argRule('extra-argument', 'extra', {
  description: 'Disallow arguments after the last one a keyword reads, which HAProxy rejects',
  severity: 'error',
  category: 'syntax',
  fixable: false,
  messages: {
    extra: "'{{name}}' cannot handle unexpected argument '{{arg}}' (it takes at most {{max}})",
    option: "'{{name}}' does not expect '{{arg}}' (it takes {{allowed}}, each with a value)",
  },
});
