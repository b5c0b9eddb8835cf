import rule from '../../src/rules/stick-table-conflict.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'one table per proxy name', code: cfg('frontend f', '    stick-table type ip size 1k', 'backend b', '    stick-table type ip size 1k') },
    { name: 'peers tables are stored under their section name', code: cfg('peers p', '    table t type ip size 1k', 'peers q', '    table t type ip size 1k', 'backend t2', '    stick-table type ip size 1k') },
    { name: 'a proxy named like an earlier peers table', code: cfg('peers p', '    table b type ip size 1k', 'backend b', '    stick-table type ip size 1k') },
  ],
  invalid: [
    {
      name: 'two stick-table lines in one backend',
      code: cfg('backend b', '    stick-table type ip size 1k', '    stick-table type string size 1k'),
      errors: [
        {
          messageId: 'conflict',
          message: "stick-table name 'b' conflicts with the table declared in backend 'b' at line 2",
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 16,
        },
      ],
    },
    {
      name: 'a frontend and a backend of one name, and a peers table named like a proxy table',
      code: [cfg('frontend web', '    bind :80', '    stick-table type ip size 1k', 'backend web', '    stick-table type ip size 1k'), cfg('peers p', '    table web type ip size 1k')],
      errors: [
        { messageId: 'conflict', message: "stick-table name 'web' conflicts with the table declared in frontend 'web' at line 3", line: 5, column: 5, endLine: 5, endColumn: 16 },
        { messageId: 'conflict', message: "stick-table name 'web' conflicts with the table declared in frontend 'web' at line f0.cfg:3", line: 2, column: 5, endLine: 2, endColumn: 10 },
      ],
    },
  ],
});
