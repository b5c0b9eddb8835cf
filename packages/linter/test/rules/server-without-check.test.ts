import rule from '../../src/rules/server-without-check.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'all checked, one through default-server', code: cfg('backend b', '  default-server check', '  server a 10.0.0.1:80', '  server c 10.0.0.2:80') },
    { name: 'a single server needs no check to share traffic', code: cfg('backend b', '  server a 10.0.0.1:80') },
    { name: 'a tracking server follows another one', code: cfg('backend b', '  server a 10.0.0.1:80 check', '  server c 10.0.0.2:80 track b/a') },
  ],
  invalid: [
    {
      code: cfg('backend b', '  server a 10.0.0.1:80 check', '  server c 10.0.0.2:80', '  server d 10.0.0.3:80 no-check'),
      errors: [
        { messageId: 'unchecked', message: "server 'c' has no 'check': when it dies, backend 'b' keeps sending it a share of the traffic", line: 3, column: 10, endLine: 3, endColumn: 11 },
        { messageId: 'unchecked', line: 4, column: 10, endLine: 4, endColumn: 11 },
      ],
    },
  ],
});
