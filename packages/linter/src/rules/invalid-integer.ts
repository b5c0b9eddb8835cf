import { argRule } from '../util/arg-rule.js';

export default argRule('invalid-integer', 'int', {
  description: 'Disallow integers HAProxy rejects: not a number, or outside the range the keyword allows',
  severity: 'error',
  category: 'syntax',
  fixable: false,
  messages: {
    notInteger: "'{{name}}' expects an integer, got '{{value}}'",
    range: "'{{name}}' must be {{range}} (got '{{value}}')",
  },
});
