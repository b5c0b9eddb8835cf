import rule from '../../src/rules/server-ssl-verify-without-ca.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'a health check over TLS to servers that accept it unverified or know their CA', code: cfg('backend b', '  option tcp-check', '  tcp-check connect port 443 ssl', '  server s1 10.0.0.1:443 check verify none', '  server s2 10.0.0.2:443 check ca-file /etc/ssl/ca.pem') },
    { code: cfg('backend b', '  server s1 10.0.0.1:443 ssl verify none', '  server s2 10.0.0.2:443 ssl ca-file /etc/ssl/certs/ca.pem', '  server s3 10.0.0.3:80 check') },
    { name: 'verification off for the whole process', code: cfg('global', '  ssl-server-verify none', 'backend b', '  server s1 10.0.0.1:443 ssl') },
    { name: "'verify none' from default-server", code: cfg('backend b', '  default-server ssl verify none', '  server s1 10.0.0.1:443') },
  ],
  invalid: [
    {
      // haproxy 2.6: "verify is enabled by default but no CA file specified".
      code: cfg('backend b', '  server s1 10.0.0.1:443 ssl'),
      errors: [{ messageId: 'noCa', message: "server 's1' uses TLS ('ssl') and verifies the server's certificate, as HAProxy does by default, but has no 'ca-file': HAProxy refuses to start; add 'ca-file', or 'verify none' if you accept unauthenticated servers", line: 2, column: 26, endLine: 2, endColumn: 29 }],
    },
    {
      name: 'TLS checks, and an explicit verify required over an inherited verify none',
      code: cfg('backend b', '  server s1 10.0.0.1:443 check check-ssl', '  default-server ssl verify none', '  server s2 10.0.0.2:443 verify required'),
      errors: [
        { messageId: 'noCa', line: 2, column: 32, endLine: 2, endColumn: 41 },
        { messageId: 'noCa', line: 4, column: 10, endLine: 4, endColumn: 12 },
      ],
    },
    {
      name: "a health-check 'connect … ssl' gives every server of the backend a TLS context, inherited from defaults too",
      code: cfg('defaults d', '  mode tcp', '  tcp-check connect ssl', 'backend b from d', '  option tcp-check', '  server s1 10.0.0.1:443 check', '  server s2 10.0.0.2:443', 'backend c', '  http-check connect sni example.com ssl', '  server s3 10.0.0.3:443'),
      errors: [
        { messageId: 'noCa', message: "server 's1' uses TLS ('tcp-check connect … ssl' of the health check, line 3) and verifies the server's certificate, as HAProxy does by default, but has no 'ca-file': HAProxy refuses to start; add 'ca-file', or 'verify none' if you accept unauthenticated servers", line: 6, column: 10, endLine: 6, endColumn: 12 },
        { messageId: 'noCa', line: 7, column: 10, endLine: 7, endColumn: 12 },
        { messageId: 'noCa', line: 10, column: 10, endLine: 10, endColumn: 12 },
      ],
    },
  ],
});
