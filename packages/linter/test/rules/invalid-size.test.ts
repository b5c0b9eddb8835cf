import rule from '../../src/rules/invalid-size.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("backend b", "    stick-table type ip size 100k") },
    { code: cfg("backend b", "    stick-table type string len 32 size 1g") },
  ],
  invalid: [
    {
      name: "bad suffix",
      code: cfg("backend b", "    stick-table type ip size 1kb"),
      errors: [{ messageId: "size", line: 2, column: 30, endLine: 2, endColumn: 33 }],
    },
    {
      name: "no size",
      code: cfg("backend b", "    stick-table type ip expire 1m"),
      errors: [{ messageId: "missing", line: 2, column: 5, endLine: 2, endColumn: 16 }],
    },
  ],
});
