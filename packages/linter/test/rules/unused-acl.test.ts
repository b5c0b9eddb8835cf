import rule from '../../src/rules/unused-acl.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("frontend f", "    acl a path /x", "    http-request deny if !a") },
  ],
  invalid: [
    {
      name: "declared, never used",
      code: cfg("frontend f", "    acl a path /x", "    acl b path /y", "    http-request deny if b"),
      errors: [{ messageId: "unused", line: 2, column: 9, endLine: 2, endColumn: 10 }],
    },
  ],
});
