import rule from '../../src/rules/missing-inspect-delay.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("frontend f", "    tcp-request content reject if { src 10.0.0.1 }") },
    { code: cfg("defaults", "    tcp-request inspect-delay 1s", "frontend f", "    tcp-request content reject if { req.len gt 10 }") },
  ],
  invalid: [
    {
      name: "payload without delay",
      code: cfg("frontend f", "    bind :80", "    tcp-request content reject if { req.len gt 0 }"),
      errors: [{ messageId: "missing", line: 3, column: 37, endLine: 3, endColumn: 44 }],
    },
  ],
});
