import rule from '../../src/rules/invalid-size.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'from 3.0 a ring takes any size while it is empty', version: '3.0', code: cfg('ring r', '    size 1000') },
    { code: cfg("backend b", "    stick-table type ip size 100k") },
    { code: cfg("backend b", "    stick-table type string len 32 size 1g") },
    { name: 'ring sizes take units from 3.2', code: cfg('ring r', '    size 1m'), version: '3.2' },
  ],
  invalid: [
    {
      name: 'a ring may not shrink below its current size in 2.6-2.8 (16384 bytes to start with)',
      code: cfg('ring r', '    size 32768', '    size 20000', 'ring s', '    size 1000'),
      errors: [
        { messageId: 'shrink', message: "'ring size 20000' is smaller than the ring's current size (32768 bytes): HAProxy 2.6 to 2.8 refuse to shrink a ring (2.9 ignores the line)", line: 3, column: 10, endLine: 3, endColumn: 15 },
        { messageId: 'shrink', line: 5, column: 10, endLine: 5, endColumn: 14 },
      ],
    },
    {
      name: "bad suffix",
      code: cfg("backend b", "    stick-table type ip size 1kb"),
      errors: [{ messageId: "size", line: 2, column: 30, endLine: 2, endColumn: 33 }],
    },
    {
      name: 'ring size with a unit HAProxy does not know (3.2)',
      code: cfg('ring r', '    size 1mb'),
      version: '3.2',
      errors: [{ messageId: 'size', message: "unexpected character 'b' in 'ring size' size '1mb' (digits with an optional k, m or g)", line: 2, column: 10, endLine: 2, endColumn: 13 }],
    },
    {
      name: 'ring size 0 (3.2 reads it with parse_size_err() and refuses 0)',
      code: cfg('ring r', '    size 0k'),
      version: '3.4',
      errors: [{ messageId: 'zero', message: "'ring size' must not be 0", line: 2, column: 10, endLine: 2, endColumn: 12 }],
    },
    {
      name: "no size",
      code: cfg("backend b", "    stick-table type ip expire 1m"),
      errors: [{ messageId: "missing", line: 2, column: 5, endLine: 2, endColumn: 16 }],
    },
  ],
});
