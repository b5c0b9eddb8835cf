import rule from '../../src/rules/missing-http-request-timeout.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("defaults", "    mode http", "    timeout http-request 5s", "frontend f", "    bind :80") },
    { code: cfg("frontend f", "    mode tcp") },
  ],
  invalid: [
    {
      name: "http frontend",
      code: cfg("frontend f", "    mode http", "    bind :80"),
      errors: [{ messageId: "missing", line: 1, column: 10, endLine: 1, endColumn: 11 }],
    },
  ],
});
