import rule from '../../src/rules/acl-never-matches.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('frontend f', '  mode http', '  bind :80', '  http-request deny if { hdr(host) -i a.example.com }', '  http-response del-header Server if { res.hdr(server) -m found }') },
    { name: 'a listen section evaluates on both sides', code: cfg('listen l', '  mode tcp', '  bind :443', '  tcp-request content accept if { req.ssl_sni -m found }', '  server s 10.0.0.1:443') },
    { name: 'unknown fetches are left to unknown-fetch', code: cfg('frontend f', '  mode http', '  bind :80', '  http-request deny if { no_such_fetch }') },
  ],
  invalid: [
    {
      // haproxy 2.6: "anonymous acl will never match because it uses keyword 'res.hdr' which is incompatible with 'frontend http-request header rule'".
      code: cfg('frontend f', '  mode http', '  bind :80', '  http-request deny if { res.hdr(x) -m found }'),
      errors: [{ messageId: 'never', message: "this anonymous ACL never matches here: 'res.hdr' is not available in a frontend http-request header rule", line: 4, column: 26, endLine: 4, endColumn: 33 }],
    },
    {
      name: 'a named ACL; the buffer at connection time',
      code: cfg('frontend f', '  mode tcp', '  bind :443', '  acl sni req.ssl_sni -m found', '  tcp-request connection reject if !sni'),
      errors: [{ messageId: 'never', line: 5, column: 37, endLine: 5, endColumn: 40 }],
    },
    {
      name: 'a named ACL with one usable line of two',
      code: cfg('frontend f', '  mode http', '  bind :80', '  acl x path_beg /a', '  acl x status 200', '  http-request deny if x'),
      errors: [{ messageId: 'some', line: 6, column: 24, endLine: 6, endColumn: 25 }],
    },
  ],
});
