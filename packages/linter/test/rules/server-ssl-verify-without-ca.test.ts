import rule from '../../src/rules/server-ssl-verify-without-ca.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
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
  ],
});
