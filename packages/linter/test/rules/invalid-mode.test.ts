import rule from '../../src/rules/invalid-mode.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("defaults", "    mode tcp") },
    { code: cfg("backend b", "    mode http") },
    { name: "log mode from 2.9", version: "2.9", code: cfg("backend b", "    mode log") },
  ],
  invalid: [
    {
      name: "typo",
      code: cfg("defaults", "    mode htttp"),
      errors: [{ messageId: "enum", line: 2, column: 10, endLine: 2, endColumn: 15 }],
    },
    {
      name: "log mode before 2.9",
      version: "2.8",
      code: cfg("backend b", "    mode log"),
      errors: [{ messageId: "enum", line: 2, column: 10, endLine: 2, endColumn: 13 }],
    },
  ],
});
