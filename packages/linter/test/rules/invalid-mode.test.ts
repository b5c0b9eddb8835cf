import rule from '../../src/rules/invalid-mode.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("defaults", "    mode tcp") },
    { code: cfg("backend b", "    mode http") },
    { name: "log mode from 2.9", version: "2.9", code: cfg("backend b", "    mode log") },
    { name: "spop mode from 3.1", version: "3.1", code: cfg("backend agents", "    mode spop") },
    { name: "haterm mode from 3.4 in a frontend", version: "3.4", code: cfg("frontend bench", "    mode haterm") },
    { name: "a listen section has both sides", version: "3.4", code: cfg("listen l", "    mode log", "listen m", "    mode haterm") },
    { name: "a defaults section may set any mode", version: "3.4", code: cfg("defaults", "    mode log", "defaults d2", "    mode haterm") },
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
    {
      name: "spop mode before 3.1, haterm before 3.4",
      version: "3.0",
      code: cfg("backend b", "    mode spop", "frontend f", "    mode haterm"),
      errors: [
        { messageId: "enum", line: 2, column: 10, endLine: 2, endColumn: 14 },
        { messageId: "enum", line: 4, column: 10, endLine: 4, endColumn: 16 },
      ],
    },
    {
      name: "log and spop need a backend side (HAProxy: unknown proxy mode before 3.4)",
      version: "3.1",
      code: cfg("frontend f", "    mode log", "frontend g", "    mode spop"),
      errors: [
        { message: "mode 'log' only works in a proxy with a backend side: HAProxy refuses it in frontend 'f'", line: 2, column: 10, endLine: 2, endColumn: 13 },
        { message: "mode 'spop' only works in a proxy with a backend side: HAProxy refuses it in frontend 'g'", line: 4, column: 10, endLine: 4, endColumn: 14 },
      ],
    },
    {
      name: "haterm needs a frontend side",
      version: "3.4",
      code: cfg("backend b", "    mode haterm"),
      errors: [{ message: "mode 'haterm' only works in a proxy with a frontend side: HAProxy refuses it in backend 'b'", line: 2, column: 10, endLine: 2, endColumn: 16 }],
    },
  ],
});
