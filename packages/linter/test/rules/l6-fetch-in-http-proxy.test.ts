import rule from '../../src/rules/l6-fetch-in-http-proxy.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('frontend f', '  mode tcp', '  bind :443', '  tcp-request inspect-delay 5s', '  use_backend b if { req.ssl_sni -i a.example.com }') },
    { name: 'req.proto_http reads the HTTP parser', code: cfg('frontend f', '  mode http', '  bind :80', '  use_backend b if { req.proto_http }') },
    { name: 'a stick expression is not a condition', code: cfg('backend b', '  mode http', '  stick-table type string len 32 size 10', '  stick on req.payload(0,10)') },
    { name: 'ACL lines alone are not reported', code: cfg('frontend f', '  mode http', '  bind :80', '  acl sni req.ssl_sni -m found') },
  ],
  invalid: [
    {
      code: cfg('frontend f', '  mode http', '  bind :80', '  http-request deny if { req.len gt 0 }'),
      errors: [{ messageId: 'anonymous', message: "'req.len' reads raw buffer contents, which frontend 'f' does not have in mode http: HAProxy ignores this condition's fetch", line: 4, column: 26, endLine: 4, endColumn: 33 }],
    },
    {
      name: 'through a named ACL, in a tcp-request rule; mode from defaults',
      code: cfg('defaults', '  mode http', 'frontend f', '  bind :80', '  acl sni req.ssl_sni -m found', '  tcp-request content accept if sni'),
      errors: [{ messageId: 'named', line: 6, column: 33, endLine: 6, endColumn: 36 }],
    },
    {
      name: 'use_backend rules',
      code: cfg('frontend f', '  mode http', '  bind :80', '  use_backend b if { rdp_cookie(mstshash) -m found }'),
      errors: [{ messageId: 'anonymous', line: 4, column: 22, endLine: 4, endColumn: 32 }],
    },
  ],
});
