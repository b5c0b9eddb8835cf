import rule from '../../src/rules/defaults-rules-inheritance.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ code: cfg('defaults web', '    mode http', '    http-request deny if { path /x }', 'frontend a', '    bind :80', 'frontend b', '    bind :81') }],
  invalid: [
    {
      code: cfg('defaults base', '    tcp-request connection reject if { src 10.0.0.1 }', 'backend b', 'listen l from base'),
      errors: [
        { messageId: 'l4', line: 3, column: 1, endLine: 3, endColumn: 8 },
        { messageId: 'listen', line: 4, column: 15, endLine: 4, endColumn: 19 },
      ],
    },
    {
      code: cfg('defaults base', '    http-request deny', 'frontend f', 'backend b', 'defaults other from base'),
      errors: [
        { messageId: 'mixed', line: 4, column: 1, endLine: 4, endColumn: 8 },
        { messageId: 'defaults', line: 5, column: 21, endLine: 5, endColumn: 25 },
      ],
    },
  ],
});
