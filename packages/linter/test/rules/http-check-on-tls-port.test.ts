import rule from '../../src/rules/http-check-on-tls-port.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'check-ssl', code: cfg('backend b', '  mode tcp', '  option httpchk', '  server a 10.0.0.1:443 check check-ssl verify none') },
    { name: 'ssl on the server covers its checks', code: cfg('backend b', '  option httpchk', '  server a 10.0.0.1:443 check ssl verify none') },
    { name: 'handshake-only check', code: cfg('backend b', '  mode tcp', '  option ssl-hello-chk', '  server a 10.0.0.1:443 check') },
    { name: 'check on a clear port', code: cfg('backend b', '  mode tcp', '  option httpchk', '  server a 10.0.0.1:443 check port 8080') },
  ],
  invalid: [
    {
      code: cfg('defaults', '  option httpchk', 'backend b', '  mode tcp', '  server a 10.0.0.1:443 check', '  server c 10.0.0.2:8443 check ssl port 8443'),
      errors: [
        { messageId: 'clear', line: 5, column: 10, endLine: 5, endColumn: 11 },
        { messageId: 'clear', message: "'option httpchk' sends a plain HTTP request to TLS port 8443 of server 'c': the check fails and the server is marked DOWN; add 'check-ssl' (and 'check-sni'), or check the handshake only with 'option ssl-hello-chk'", line: 6, column: 10, endLine: 6, endColumn: 11 },
      ],
    },
  ],
});
