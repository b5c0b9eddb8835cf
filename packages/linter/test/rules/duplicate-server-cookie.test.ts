import rule from '../../src/rules/duplicate-server-cookie.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('backend b', '  cookie SRV insert', '  server a 10.0.0.1:80 cookie a', '  server c 10.0.0.2:80 cookie c') },
    { name: 'a backup may share a primary value', code: cfg('backend b', '  cookie SRV insert', '  server a 10.0.0.1:80 cookie a', '  server n 10.0.0.9:80 cookie a backup') },
  ],
  invalid: [
    {
      name: 'seed 002',
      code: cfg('backend www-myapp', '  cookie SOMUI insert indirect nocache', '  server sr1 server1:7210 check cookie primary', '  server sr2 server2:7210 check cookie primary'),
      errors: [{ messageId: 'duplicate', message: "server 'sr2' uses cookie value 'primary' already given to server 'sr1': clients stuck to that value all go to 'sr1'", line: 4, column: 40, endLine: 4, endColumn: 47 }],
    },
  ],
});
