import rule from '../../src/rules/invalid-stick-table.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      code: cfg('backend b', '    stick-table type ip size 1m expire 30s nopurge store gpc0,conn_cnt,http_req_rate(10s),server_id', '    stick-table type string len 32 size 1m srvkey addr store gpc(2),gpc_rate(2,10s)', 'peers p', '    peer a 127.0.0.1:10000', '    table t type ipv6 size 1k store gpt0'),
    },
    { name: 'an empty store list stores nothing', code: cfg('backend b', '    stick-table type ip size 1k store') },
    { name: 'write-to from 2.9, glitch counters from 3.0', version: '3.0', code: cfg('backend b', '    stick-table type ip size 1m write-to other store glitch_cnt,glitch_rate(10s)') },
  ],
  invalid: [
    {
      name: 'a key length atol() reads as 0',
      code: cfg('backend b', '    stick-table type string len x size 1k', '    stick-table type binary len 0 size 1k'),
      errors: [
        { messageId: 'keyLength', message: "'len x': the key length must be a number other than 0", line: 2, column: 33, endLine: 2, endColumn: 34 },
        { messageId: 'keyLength', line: 3, column: 33, endLine: 3, endColumn: 34 },
      ],
    },
    {
      code: cfg('backend b', '    stick-table type ip size 1m bogus', '    stick-table size 1m', '    stick-table type ip size 1m store bogus', '    stick-table type ip size 1m store http_req_rate', '    stick-table type ip size 1m store gpc0(1)', '    stick-table type ip size 1m store gpc(2),gpc0', '    stick-table type ip len 4 size 1m', '    stick-table type ip size 1m write-to t', '    stick-table type ip size 1m srvkey x'),
      errors: [
        { messageId: 'unknown', line: 2, column: 33, endLine: 2, endColumn: 38 },
        { messageId: 'noType', message: "'stick-table' needs a 'type'", line: 3, column: 5, endLine: 3, endColumn: 16 },
        { messageId: 'data', message: "unknown stored data type 'bogus' in HAProxy 2.6", line: 4, column: 39, endLine: 4, endColumn: 44 },
        { messageId: 'dataArg', message: "stored data 'http_req_rate' needs a period in parentheses, e.g. 'http_req_rate(10s)'", line: 5, column: 39, endLine: 5, endColumn: 52 },
        { messageId: 'dataNoArg', line: 6, column: 39, endLine: 6, endColumn: 46 },
        { messageId: 'overrides', line: 7, column: 39, endLine: 7, endColumn: 50 },
        { messageId: 'unknown', line: 8, column: 25, endLine: 8, endColumn: 28 },
        { messageId: 'unknown', line: 9, column: 33, endLine: 9, endColumn: 41 },
        { messageId: 'srvkey', line: 10, column: 40, endLine: 10, endColumn: 41 },
      ],
    },
  ],
});
