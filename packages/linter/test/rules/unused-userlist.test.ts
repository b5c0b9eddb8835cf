import rule from '../../src/rules/unused-userlist.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("userlist u", "    user a password x", "frontend f", "    http-request auth unless { http_auth_group(u) admin }") },
  ],
  invalid: [
    {
      name: "never checked",
      code: cfg("userlist u", "    user a password x", "frontend f", "    bind :80"),
      errors: [{ messageId: "unused", line: 1, column: 10, endLine: 1, endColumn: 11 }],
    },
  ],
});
