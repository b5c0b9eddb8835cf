import rule from '../../src/rules/peers-server-ignored-option.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('peers p', '  peer lb1 10.0.0.1:10000', '  server lb2 10.0.0.2:10000') },
    { name: 'checks on servers of a backend are not concerned', code: cfg('backend b', '  default-server check', '  server s1 10.0.0.1:80 check init-addr last,libc') },
    { name: 'cancelled on the line', code: cfg('peers p', '  default-server check', '  server lb2 10.0.0.2:10000 no-check') },
    { name: 'default-server after the server', code: cfg('peers p', '  server lb2 10.0.0.2:10000', '  default-server check') },
  ],
  invalid: [
    {
      code: cfg('peers p', '  peer lb1 10.0.0.1:10000', '  server lb2 10.0.0.2:10000 check weight 80'),
      errors: [{ messageId: 'own', message: "'check' is ignored on server 'lb2' of peers section 'p': HAProxy neither checks nor re-resolves peers", line: 3, column: 29, endLine: 3, endColumn: 34 }],
    },
    {
      name: 'each ignored option, with its value',
      code: cfg('peers p', '  server lb2 10.0.0.2:10000 agent-check init-addr last,libc resolvers dns'),
      errors: [
        { messageId: 'own', line: 2, column: 29, endLine: 2, endColumn: 40 },
        { messageId: 'own', line: 2, column: 41, endLine: 2, endColumn: 60 },
        { messageId: 'own', line: 2, column: 61, endLine: 2, endColumn: 74 },
      ],
    },
    {
      // As haproxy 2.6 warns: for 'peer lb1' and 'server lb2', not for lb3.
      name: 'inherited from default-server by server and peer lines, reported at their names',
      code: cfg('peers p', '  default-server check', '  peer lb1 10.0.0.1:10000', '  server lb2 10.0.0.2:10000', '  server lb3 10.0.0.3:10000 no-check'),
      errors: [
        { messageId: 'inherited', line: 3, column: 8, endLine: 3, endColumn: 11 },
        { messageId: 'inherited', message: "'check' from 'default-server' is ignored on server 'lb2' of peers section 'p': HAProxy neither checks nor re-resolves peers", line: 4, column: 10, endLine: 4, endColumn: 13 },
      ],
    },
    {
      name: 'on a peer line',
      code: cfg('peers p', '  peer lb1 10.0.0.1:10000 resolvers dns'),
      errors: [{ messageId: 'own', line: 2, column: 27, endLine: 2, endColumn: 40 }],
    },
  ],
});
