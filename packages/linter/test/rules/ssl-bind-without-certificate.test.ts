import rule from '../../src/rules/ssl-bind-without-certificate.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('frontend f', '  bind :443 ssl crt /etc/haproxy/site.pem') },
    { name: 'certificates from a crt-list', code: cfg('frontend f', '  bind :443 ssl crt-list /etc/haproxy/crt.list alpn h2') },
    { name: 'no ssl: a plain TCP bind', code: cfg('frontend f', '  bind :443') },
    { name: 'strict-sni: HAProxy only warns', code: cfg('frontend f', '  bind :443 ssl strict-sni') },
  ],
  invalid: [
    {
      name: 'ssl alone',
      code: cfg('frontend f', '  bind :443 ssl'),
      errors: [{ messageId: 'noCert', message: "no SSL certificate specified for 'bind :443': HAProxy refuses to start; add 'crt <file>' or 'crt-list <file>'", line: 2, column: 13, endLine: 2, endColumn: 16 }],
    },
    {
      name: 'two binds, one without a certificate',
      code: cfg('frontend f', '  bind :443 ssl crt /etc/site.pem', '  bind :8443 alpn h2 ssl'),
      errors: [{ messageId: 'noCert', line: 3, column: 22, endLine: 3, endColumn: 25 }],
    },
  ],
});
