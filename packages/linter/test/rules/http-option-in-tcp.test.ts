import rule from '../../src/rules/http-option-in-tcp.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('frontend f', '  mode http', '  option httplog', '  option forwardfor', '  bind :80') },
    { name: 'httplog on a TCP backend is not read at all', code: cfg('backend b', '  mode tcp', '  option httplog') },
  ],
  invalid: [
    {
      name: "log (2.9+) and spop (3.1+) backends",
      version: "3.1",
      code: cfg("defaults", "    mode http", "    option forwardfor", "backend l", "    mode log", "    server s1 udp@10.0.0.1:514", "backend a", "    mode spop", "    option forwardfor", "    server s1 10.0.0.1:12345"),
      errors: [
        { message: "LOG backend 'l' inherits 'option forwardfor' from its defaults section, where it requires HTTP mode and is ignored here", line: 5, column: 5, endLine: 5, endColumn: 13 },
        { message: "'option forwardfor' in SPOP backend 'a' is ignored: it requires 'mode http'", line: 9, column: 5, endLine: 9, endColumn: 22 },
      ],
    },
    {
      code: cfg('frontend f', '  mode tcp', '  option httplog', '  option forwardfor', '  bind :443'),
      errors: [
        { messageId: 'httplog', message: "'option httplog' in TCP frontend 'f' needs 'mode http': HAProxy falls back to 'option tcplog'", line: 3, column: 3, endLine: 3, endColumn: 17 },
        { messageId: 'forwardfor', line: 4, column: 3, endLine: 4, endColumn: 20 },
      ],
    },
    {
      name: 'inherited from an HTTP defaults section, reported at the mode line',
      code: cfg('defaults', '  mode http', '  option forwardfor', 'backend b', '  mode tcp', '  server s 10.0.0.1:443'),
      errors: [{ messageId: 'inherited', message: "TCP backend 'b' inherits 'option forwardfor' from its defaults section, where it requires HTTP mode and is ignored here", line: 5, column: 3, endLine: 5, endColumn: 11 }],
    },
  ],
});
