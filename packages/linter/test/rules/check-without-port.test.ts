import rule from '../../src/rules/check-without-port.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('backend b', '    server s1 10.0.0.1:80 check', '    server s2 10.0.0.2 check port 81', '    server s3 10.0.0.3') },
    { name: 'a connect step with a port', code: cfg('backend b', '    option tcp-check', '    tcp-check connect port 5432', '    server s1 10.0.0.1 check') },
    // str2sa_range() reads the port with atoi(): '8o80' is port 8 (haproxy 2.6 accepts it).
    { name: 'a port with trailing characters is still a port', code: cfg('backend b', '    server s1 10.0.0.1:8o80 check') },
    { name: 'host names may resolve later', code: cfg('backend b', '    server s1 db.internal check init-addr none') },
    { name: 'a unix socket', code: cfg('backend b', '    server s1 unix@/run/app.sock check') },
  ],
  invalid: [
    {
      name: 'port 0 is no service port',
      code: cfg('backend b', '    server s1 10.0.0.1:0 check', '    server s2 10.0.0.2:0 check port 8080'),
      errors: [{ messageId: 'noPort', line: 2, column: 15, endLine: 2, endColumn: 25 }],
    },
    {
      name: 'bare addresses, a port offset, addr is no port, checks from default-server',
      code: cfg('backend b', '    default-server check', '    server s1 10.0.0.1', '    server s2 [::1] addr 10.0.0.9', '    server s3 10.0.0.3:+1'),
      errors: [
        { messageId: 'noPort', message: "server 's1' is health-checked but its address has no port and no check port is set: HAProxy refuses it (neither service port nor check port); add ':PORT' to the address or 'port PORT'", line: 3, column: 15, endLine: 3, endColumn: 23 },
        { messageId: 'noPort', line: 4, column: 15, endLine: 4, endColumn: 20 },
        { messageId: 'noPort', line: 5, column: 15, endLine: 5, endColumn: 26 },
      ],
    },
    {
      name: 'option httpchk brings no port',
      code: cfg('backend b', '    option httpchk', '    server s1 10.0.0.1 check'),
      errors: [{ messageId: 'noPort', line: 3, column: 15, endLine: 3, endColumn: 23 }],
    },
  ],
});
