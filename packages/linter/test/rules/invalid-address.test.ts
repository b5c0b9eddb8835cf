import rule from '../../src/rules/invalid-address.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("backend b", "    server s 10.0.0.1:80", "    server t [2001:db8::1]:443", "    server u /run/app.sock", "    server v 10.0.0.2", "    server w 10.0.0.3:80x") },
    { code: cfg("global", "    log ring@logs local0", "    log 127.0.0.1:514 local0") },
  ],
  invalid: [
    {
      name: "port too large",
      code: cfg("backend b", "    server s 10.0.0.1:70000"),
      errors: [{ messageId: "badPort", line: 2, column: 23, endLine: 2, endColumn: 28 }],
    },
    {
      name: "port range",
      code: cfg("backend b", "    server s 10.0.0.1:80-90"),
      errors: [{ messageId: "range", line: 2, column: 23, endLine: 2, endColumn: 28 }],
    },
    {
      name: "not a number",
      code: cfg("backend b", "    server s 10.0.0.1:x80"),
      errors: [{ messageId: "badPort", line: 2, column: 23, endLine: 2, endColumn: 26 }],
    },
    {
      name: "log backend before 2.9",
      code: cfg("global", "    log backend@logs local0"),
      errors: [{ messageId: "family", line: 2, column: 9, endLine: 2, endColumn: 21 }],
    },
    {
      name: "empty after expansion",
      code: cfg("backend b", "    server s \"${ADDR}\""),
      errors: [{ messageId: "empty", line: 2, column: 14, endLine: 2, endColumn: 23 }],
    },
  ],
});
