import rule from '../../src/rules/http-frontend-tcp-backend.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: "an unknown mode is invalid-mode's error", version: "3.1", code: cfg("frontend u", "    mode foo", "    bind :82", "    default_backend agents", "backend agents", "    mode spop", "    server s1 10.0.0.1:1") },
    { code: cfg('defaults', '    mode http', 'frontend f', '    bind :80', '    default_backend b', 'backend b', '    server s 10.0.0.1:80') },
    { name: 'a TCP frontend may use an HTTP backend', code: cfg('frontend f', '    mode tcp', '    default_backend b', 'backend b', '    mode http') },
  ],
  invalid: [
    {
      name: "a defaults section's default_backend, in the mode of each frontend that keeps it",
      code: cfg('defaults', '    mode http', '    default_backend b', 'backend b', '    mode tcp', '    server s 10.0.0.1:80', 'frontend f', '    bind :80', 'frontend g', '    bind :81', '    mode tcp'),
      errors: [{ messageId: 'mismatch', message: "http frontend 'f' tries to use incompatible tcp backend 'b' (see 'mode')", line: 7, column: 10, endLine: 7, endColumn: 11 }],
    },
    {
      name: "an SPOE backend (mode spop, 3.1+) takes no traffic from use_backend",
      version: "3.1",
      code: cfg("frontend f", "    mode http", "    bind :80", "    use_backend agents if TRUE", "    default_backend app", "backend agents", "    mode spop", "    server s1 10.0.0.1:1", "backend app", "    mode http", "    server s1 10.0.0.1:1"),
      errors: [{ message: "http frontend 'f' tries to use incompatible spop backend 'agents' (see 'mode')", line: 4, column: 17, endLine: 4, endColumn: 23 }],
    },
    {
      name: 'a log backend takes log lines only (2.9+)',
      version: '2.9',
      code: cfg('frontend f', '    mode http', '    bind :80', '    default_backend logs', 'frontend t', '    mode tcp', '    bind :81', '    use_backend logs if TRUE', 'backend logs', '    mode log', '    server s1 udp@127.0.0.1:514'),
      errors: [
        { messageId: 'mismatch', message: "http frontend 'f' tries to use incompatible log backend 'logs' (see 'mode')", line: 4, column: 21, endLine: 4, endColumn: 25 },
        { messageId: 'mismatch', message: "tcp frontend 't' tries to use incompatible log backend 'logs' (see 'mode')", line: 8, column: 17, endLine: 8, endColumn: 21 },
      ],
    },
    {
      code: cfg('frontend f', '    mode http', '    use_backend db if { path /db }', '    default_backend db', 'backend db', '    mode tcp'),
      errors: [
        { messageId: 'mismatch', message: "http frontend 'f' tries to use incompatible tcp backend 'db' (see 'mode')", line: 3, column: 17, endLine: 3, endColumn: 19 },
        { messageId: 'mismatch', line: 4, column: 21, endLine: 4, endColumn: 23 },
      ],
    },
  ],
});
