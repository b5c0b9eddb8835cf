import rule from '../../src/rules/http-option-in-tcp.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('frontend f', '  mode http', '  option httplog', '  option forwardfor', '  bind :80') },
    { name: 'httplog on a TCP backend is not read at all', code: cfg('backend b', '  mode tcp', '  option httplog') },
  ],
  invalid: [
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
