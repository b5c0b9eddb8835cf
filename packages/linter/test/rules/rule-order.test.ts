import rule from '../../src/rules/rule-order.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("frontend f", "    tcp-request connection accept", "    tcp-request content accept", "    http-request deny", "    use_backend b") },
  ],
  invalid: [
    {
      name: "http-request after use_backend",
      code: cfg("frontend f", "    use_backend b if TRUE", "    http-request deny"),
      errors: [{ messageId: "order", line: 3, column: 5, endLine: 3, endColumn: 22 }],
    },
    {
      name: "connection after content",
      code: cfg("frontend f", "    tcp-request content accept", "    tcp-request connection accept"),
      errors: [{ messageId: "order", line: 3, column: 5, endLine: 3, endColumn: 34 }],
    },
  ],
});
