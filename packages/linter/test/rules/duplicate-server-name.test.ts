import rule from '../../src/rules/duplicate-server-name.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('backend a', '    server s1 10.0.0.1:80', 'backend b', '    server s1 10.0.0.1:80') },
    { name: 'up to 3.2 a server with an explicit id is left out of the check', code: cfg('backend a', '    server s1 10.0.0.1:80 id 5', '    server s1 10.0.0.2:80'), version: '3.2' },
  ],
  invalid: [
    {
      name: 'two templates with one prefix clash (3.3.0 and 3.4.0 miss it, an upstream bug fixed since)',
      code: cfg('backend a', '    server-template srv 1-3 10.0.0.1:80', '    server-template srv 3 10.0.0.2:80'),
      version: '3.4',
      errors: [{ messageId: 'duplicate', line: 3, column: 21, endLine: 3, endColumn: 24 }],
    },
    {
      name: 'from 3.3 ids no longer exempt a server; before, two servers without one still clash',
      code: cfg('backend a', '    server s1 10.0.0.1:80 id 5', '    server s1 10.0.0.2:80', '    server s1 10.0.0.3:80'),
      version: '3.3',
      errors: [
        { messageId: 'duplicate', line: 3, column: 12, endLine: 3, endColumn: 14 },
        { messageId: 'duplicate', line: 4, column: 12, endLine: 4, endColumn: 14 },
      ],
    },
    {
      code: cfg('backend a', '    server s1 10.0.0.1:80 id 5', '    server s1 10.0.0.2:80', '    server s1 10.0.0.3:80'),
      version: '2.6',
      errors: [{ messageId: 'duplicate', message: "backend 'a': another server named 's1' was already defined at line 3, please use distinct names", line: 4, column: 12, endLine: 4, endColumn: 14 }],
    },
    {
      code: cfg('backend a', '    server s1 10.0.0.1:80', '    server s2 10.0.0.2:80', '    server s1 10.0.0.3:80', '    server s1 10.0.0.4:80'),
      errors: [
        { messageId: 'duplicate', message: "backend 'a': another server named 's1' was already defined at line 2, please use distinct names", line: 4, column: 12, endLine: 4, endColumn: 14 },
        { messageId: 'duplicate', line: 5, column: 12, endLine: 5, endColumn: 14 },
      ],
    },
  ],
});
