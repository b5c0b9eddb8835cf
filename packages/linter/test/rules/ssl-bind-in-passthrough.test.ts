import rule from '../../src/rules/ssl-bind-in-passthrough.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'passthrough: no ssl on the bind', code: cfg('frontend f', '  mode tcp', '  bind :443', '  default_backend p', 'backend p', '  mode tcp', '  server a 10.0.0.1:443') },
    { name: 'terminate and re-encrypt', code: cfg('frontend f', '  mode tcp', '  bind :443 ssl crt /etc/ssl/site.pem', '  default_backend p', 'backend p', '  mode tcp', '  server a 10.0.0.1:443 ssl verify none') },
    { name: 'offload to a clear port', code: cfg('frontend f', '  mode tcp', '  bind :443 ssl crt /etc/ssl/site.pem', '  default_backend p', 'backend p', '  mode tcp', '  server a 10.0.0.1:5432') },
  ],
  invalid: [
    {
      code: cfg('frontend f', '  mode tcp', '  bind :443 ssl crt /etc/ssl/site.pem', '  default_backend p', 'backend p', '  mode tcp', '  server a 10.0.0.1:443'),
      errors: [{ messageId: 'termination', message: "'ssl' on this bind terminates TLS: server 'a' of backend 'p' listens on TLS port 443 but receives decrypted traffic; that is termination, not passthrough: remove 'ssl crt …' to pass TLS through, or add 'ssl' to the server to re-encrypt", line: 3, column: 13, endLine: 3, endColumn: 16 }],
    },
    {
      name: 'SNI routing behind a terminating bind',
      code: cfg('frontend f', '  mode tcp', '  bind :443 ssl crt /etc/ssl/site.pem', '  use_backend p if { req.ssl_sni -i a }', 'backend p', '  mode tcp', '  server a 10.0.0.1:8080'),
      errors: [{ messageId: 'sni', line: 3, column: 13, endLine: 3, endColumn: 16 }],
    },
  ],
});
