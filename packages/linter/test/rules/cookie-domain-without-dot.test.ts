import rule from '../../src/rules/cookie-domain-without-dot.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('backend b', '  mode http', '  cookie SRV insert indirect nocache domain .example.com', '  server s 10.0.0.1:80 cookie s1') },
    { name: 'a domain from the environment', code: cfg('backend b', '  mode http', '  cookie SRV insert domain "${COOKIE_DOMAIN}"') },
  ],
  invalid: [
    {
      // haproxy 2.6: "domain 'localhost' contains no embedded dot, this configuration may not work properly".
      code: cfg('backend b', '  mode http', '  cookie SRV insert domain localhost domain .example.com', '  server s 10.0.0.1:80 cookie s1'),
      errors: [{ messageId: 'noDot', message: "cookie domain 'localhost' has no embedded dot: browsers ignore such a Domain attribute (RFC 6265, 5.2.3), so persistence may not work across the hosts you meant", line: 3, column: 28, endLine: 3, endColumn: 37 }],
    },
  ],
});
