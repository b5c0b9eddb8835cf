import rule from '../../src/rules/invalid-enum-value.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("backend b", "    http-reuse always", "    hash-type map-based", "    stick-table type ipv6 size 1k", "    server s 10.0.0.1:80 proto h2") },
  ],
  invalid: [
    {
      name: "http-reuse",
      code: cfg("backend b", "    http-reuse sometimes"),
      errors: [{ messageId: "enum", line: 2, column: 16, endLine: 2, endColumn: 25 }],
    },
    {
      name: "stick-table type",
      code: cfg("backend b", "    stick-table type ipv4 size 1k"),
      errors: [{ messageId: "enum", line: 2, column: 22, endLine: 2, endColumn: 26 }],
    },
    {
      name: "compression direction is 2.8+",
      code: cfg("backend b", "    compression direction both"),
      errors: [{ messageId: "enum", line: 2, column: 17, endLine: 2, endColumn: 26 }],
    },
  ],
});
