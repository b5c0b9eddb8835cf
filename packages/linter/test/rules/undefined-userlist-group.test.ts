import rule from '../../src/rules/undefined-userlist-group.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("userlist u", "    group g users a", "    user a password x groups g") },
  ],
  invalid: [
    {
      name: "unknown group",
      code: cfg("userlist u", "    group g1", "    user a password x groups g1,g2"),
      errors: [{ messageId: "group", line: 3, column: 33, endLine: 3, endColumn: 35 }],
    },
    {
      name: "unknown user",
      code: cfg("userlist u", "    group g users a,b", "    user a password x"),
      errors: [{ messageId: "user", line: 2, column: 21, endLine: 2, endColumn: 22 }],
    },
  ],
});
