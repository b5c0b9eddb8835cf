import { argRule } from '../util/arg-rule.js';

export default argRule('invalid-mode', 'enum', {
  description: "Disallow a proxy 'mode' other than the ones the target HAProxy knows (tcp, http)",
  severity: 'error',
  category: 'vocabulary',
  fixable: false,
  messages: { enum: "unknown proxy mode '{{value}}': expected one of {{allowed}}" },
}, { filter: (i) => i.name === 'mode' });
