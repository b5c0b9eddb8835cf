import rule from '../../src/rules/http-only-in-tcp.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("frontend f", "    mode http", "    http-request deny") },
    { code: cfg("frontend f", "    tcp-request content switch-mode http", "    http-request deny") },
  ],
  invalid: [
    {
      name: "rule in tcp",
      code: cfg("frontend f", "    mode tcp", "    http-request deny"),
      errors: [{ messageId: "ignored", line: 3, column: 5, endLine: 3, endColumn: 22 }],
    },
    {
      name: "option",
      code: cfg("backend b", "    option http-buffer-request"),
      errors: [{ messageId: "ignored", line: 2, column: 5, endLine: 2, endColumn: 31 }],
    },
  ],
});
