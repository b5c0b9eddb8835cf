import rule from '../../src/rules/http-frontend-tcp-backend.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('defaults', '    mode http', 'frontend f', '    bind :80', '    default_backend b', 'backend b', '    server s 10.0.0.1:80') },
    { name: 'a TCP frontend may use an HTTP backend', code: cfg('frontend f', '    mode tcp', '    default_backend b', 'backend b', '    mode http') },
  ],
  invalid: [
    {
      code: cfg('frontend f', '    mode http', '    use_backend db if { path /db }', '    default_backend db', 'backend db', '    mode tcp'),
      errors: [
        { messageId: 'mismatch', message: "http frontend 'f' tries to use incompatible tcp backend 'db' (see 'mode')", line: 3, column: 17, endLine: 3, endColumn: 19 },
        { messageId: 'mismatch', line: 4, column: 21, endLine: 4, endColumn: 23 },
      ],
    },
  ],
});
