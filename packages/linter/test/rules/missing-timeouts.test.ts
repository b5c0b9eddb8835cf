import rule from '../../src/rules/missing-timeouts.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('defaults', '    timeout client 5s', '    timeout connect 5s', '    timeout server 5s', 'listen l', '    bind :80') },
    { name: 'inherited from a named defaults', code: cfg('defaults t', '    timeout client 5s', 'defaults', 'frontend f from t', '    bind :80') },
    // haproxy 2.6 warns about neither.
    { name: 'a backend without servers', code: cfg('backend b', '    mode http', '    http-request deny') },
    { name: 'a ring without servers', code: cfg('ring logs', '    format rfc5424', '    size 32764') },
    { name: "'timeout tunnel' stands in for 'timeout server' in tcp mode", code: cfg('backend b', '    mode tcp', '    timeout connect 5s', '    timeout tunnel 1h', '    server s 10.0.0.1:80') },
  ],
  invalid: [
    {
      code: cfg('defaults', '    timeout client 5s', 'frontend f', '    bind :80', 'backend b', '    timeout server 0', '    server s 10.0.0.1:80'),
      errors: [{ messageId: 'missing', message: "missing timeouts for backend 'b': set 'timeout connect', 'timeout server' (here or in a defaults section)", line: 5, column: 9, endLine: 5, endColumn: 10 }],
    },
    {
      name: 'a later anonymous defaults resets what proxies inherit',
      code: cfg('defaults', '    timeout client 5s', 'defaults', 'frontend f', '    bind :80'),
      errors: [{ messageId: 'missing', line: 4, column: 10, endLine: 4, endColumn: 11 }],
    },
    {
      // haproxy 2.6: "missing timeouts for backend 'logs'": a ring with servers is a backend of its own.
      name: 'a ring that forwards to a server',
      code: cfg('ring logs', '    format rfc5424', '    size 32764', '    timeout connect 5s', '    server syslog 10.0.0.9:514'),
      errors: [{ messageId: 'ring', message: "missing timeouts for ring 'logs', which forwards to servers: set 'timeout server' in the ring section", line: 1, column: 6, endLine: 1, endColumn: 10 }],
    },
    {
      name: "'timeout tunnel' does not replace 'timeout server' in http mode",
      code: cfg('backend b', '    mode http', '    timeout connect 5s', '    timeout tunnel 1h', '    server s 10.0.0.1:80'),
      errors: [{ messageId: 'missing', message: "missing timeouts for backend 'b': set 'timeout server' (here or in a defaults section)", line: 1, column: 9, endLine: 1, endColumn: 10 }],
    },
  ],
});
