import rule from '../../src/rules/check-without-server-check.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('backend b', '  option httpchk', '  http-check expect status 200', '  server a 10.0.0.1:80 check') },
    { name: 'inherited from defaults is not reported in the backend', code: cfg('defaults', '  option httpchk', 'backend b', '  server a 10.0.0.1:80') },
  ],
  invalid: [
    {
      code: cfg('backend b', '  mode http', '  option httpchk GET /', '  http-check expect status 200', '  server a 10.0.0.1:80', '  server c 10.0.0.2:80'),
      errors: [
        { messageId: 'unused', message: "'option httpchk' has no effect: no server of backend 'b' has 'check', so no health check runs", line: 3, column: 3, endLine: 3, endColumn: 17 },
        { messageId: 'unused', message: "'http-check' has no effect: no server of backend 'b' has 'check', so no health check runs", line: 4, column: 3, endLine: 4, endColumn: 13 },
      ],
    },
    {
      code: cfg('listen l', '  bind :3306', '  option tcp-check', '  tcp-check connect', '  server a 10.0.0.1:3306'),
      errors: [
        { line: 3, column: 3, endLine: 3, endColumn: 19 },
        { line: 4, column: 3, endLine: 4, endColumn: 12 },
      ],
    },
  ],
});
