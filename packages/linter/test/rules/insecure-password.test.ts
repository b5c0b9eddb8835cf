import rule from '../../src/rules/insecure-password.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("userlist u", "    user a password $5$x$y") },
  ],
  invalid: [
    {
      name: "clear text",
      code: cfg("userlist u", "    user a insecure-password x groups g", "    group g"),
      errors: [{ messageId: "clear", line: 2, column: 12, endLine: 2, endColumn: 29 }],
    },
  ],
});
