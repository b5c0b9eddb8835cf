import rule from '../../src/rules/invalid-integer.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("global", "    nbthread 64", "    spread-checks 5", "backend b", "    server s 10.0.0.1:80 weight 256 rise 2 fall 3") },
  ],
  invalid: [
    {
      name: "weight out of range",
      code: cfg("backend b", "    server s 10.0.0.1:80 weight 257"),
      errors: [{ messageId: "range", line: 2, column: 33, endLine: 2, endColumn: 36 }],
    },
    {
      name: "strict integer",
      code: cfg("global", "    thread-group name 10"),
      errors: [{ messageId: "notInteger", line: 2, column: 18, endLine: 2, endColumn: 22 }],
    },
    {
      name: "fall read as zero",
      code: cfg("backend b", "    server s 10.0.0.1:80 check fall x"),
      errors: [{ messageId: "range", line: 2, column: 37, endLine: 2, endColumn: 38 }],
    },
  ],
});
