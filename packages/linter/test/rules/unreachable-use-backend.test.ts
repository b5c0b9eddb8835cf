import rule from '../../src/rules/unreachable-use-backend.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("frontend f", "    use_backend a if { path /a }", "    use_backend b") },
  ],
  invalid: [
    {
      name: "after unconditional",
      code: cfg("frontend f", "    use_backend a", "    use_backend b if { path /b }", "    use_backend c"),
      errors: [{ messageId: "unreachable", line: 3, column: 5, endLine: 3, endColumn: 33 }, { messageId: "unreachable", line: 4, column: 5, endLine: 4, endColumn: 18 }],
    },
  ],
});
