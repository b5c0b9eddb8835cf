import rule from '../../src/rules/invalid-address.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("backend b", "    server s 10.0.0.1:80", "    server t [2001:db8::1]:443", "    server u /run/app.sock", "    server v 10.0.0.2", "    server w 10.0.0.3:80x") },
    { code: cfg("global", "    log ring@logs local0", "    log 127.0.0.1:514 local0") },
  ],
  invalid: [
    {
      name: 'init-addr methods and connect ports',
      code: cfg('backend b', '    option tcp-check', '    tcp-check connect port 0', '    server s1 10.0.0.1:80 init-addr last,bogus', '    server s2 10.0.0.2:80 init-addr last,libc,none,10.0.0.9', '    server s3 10.0.0.3:80 init-addr none init-addr bogus'),
      errors: [
        { messageId: 'connectPort', message: "'tcp-check connect port 0': expects a TCP port from 1 to 65535 (or a sample expression)", line: 3, column: 28, endLine: 3, endColumn: 29 },
        { messageId: 'initAddr', message: "unknown init-addr method 'bogus': expected libc, last, none or an IP address", line: 4, column: 37, endLine: 4, endColumn: 47 },
        { messageId: 'initAddr', line: 6, column: 52, endLine: 6, endColumn: 57 },
      ],
    },
    {
      name: "a proxy's source address is not resolved",
      code: cfg('backend b', '    source 1.2.3.300', '    server s 10.0.0.1:80'),
      errors: [{ messageId: 'badAddress', message: "'source 1.2.3.300': invalid address '1.2.3.300'", line: 2, column: 12, endLine: 2, endColumn: 21 }],
    },
    {
      name: "port too large",
      code: cfg("backend b", "    server s 10.0.0.1:70000"),
      errors: [{ messageId: "badPort", line: 2, column: 23, endLine: 2, endColumn: 28 }],
    },
    {
      name: "port range",
      code: cfg("backend b", "    server s 10.0.0.1:80-90"),
      errors: [{ messageId: "range", line: 2, column: 23, endLine: 2, endColumn: 28 }],
    },
    {
      name: "not a number",
      code: cfg("backend b", "    server s 10.0.0.1:x80"),
      errors: [{ messageId: "badPort", line: 2, column: 23, endLine: 2, endColumn: 26 }],
    },
    {
      name: "log backend before 2.9",
      code: cfg("global", "    log backend@logs local0"),
      errors: [{ messageId: "family", line: 2, column: 9, endLine: 2, endColumn: 21 }],
    },
    {
      name: "empty after expansion",
      code: cfg("backend b", "    server s \"${ADDR}\""),
      errors: [{ messageId: "empty", line: 2, column: 14, endLine: 2, endColumn: 23 }],
    },
  ],
});
