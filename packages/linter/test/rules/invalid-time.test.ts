import rule from '../../src/rules/invalid-time.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'set-timeout reads a sample expression where no delay is written', code: cfg('backend b', '    mode http', '    http-request set-timeout server int(1)', '    http-request set-timeout tunnel req.hdr(x),lower', '    http-request set-timeout server 1us') },
    { code: cfg("backend b", "    timeout server 30s", "    timeout tunnel 24d", "    server s 10.0.0.1:80 check inter 100us slowstart 0") },
    { code: cfg("backend b", "    stick-table type ip size 1m expire 30m") },
  ],
  invalid: [
    {
      name: 'a set-timeout delay must be non-zero and fit',
      code: cfg('backend b', '    mode http', '    http-request set-timeout server 0', '    http-request set-timeout tunnel 30d'),
      errors: [
        { messageId: 'zero', line: 3, column: 37, endLine: 3, endColumn: 38 },
        { messageId: 'overflow', line: 4, column: 37, endLine: 4, endColumn: 40 },
      ],
    },
    {
      name: "bad unit",
      code: cfg("backend b", "    timeout server 5x"),
      errors: [{ messageId: "char", line: 2, column: 20, endLine: 2, endColumn: 22 }],
    },
    {
      name: "overflow",
      code: cfg("backend b", "    timeout server 30d"),
      errors: [{ messageId: "overflow", line: 2, column: 20, endLine: 2, endColumn: 23 }],
    },
    {
      name: "zero interval",
      code: cfg("backend b", "    server s 10.0.0.1:80 check fastinter 0s"),
      errors: [{ messageId: "zero", line: 2, column: 42, endLine: 2, endColumn: 44 }],
    },
    {
      name: "stick-table expire",
      code: cfg("backend b", "    stick-table type ip size 1m expire 1y"),
      errors: [{ messageId: "char", line: 2, column: 40, endLine: 2, endColumn: 42 }],
    },
  ],
});
