import rule from '../../src/rules/sni-routing-without-inspect-delay.js';
import { cfg, ruleTester } from '../rule-tester.js';

const be = ['backend a', '  mode tcp', '  server a 10.0.0.1:443'];

ruleTester(rule, {
  valid: [
    {
      code: cfg('frontend f', '  mode tcp', '  bind :443', '  tcp-request inspect-delay 5s', '  tcp-request content accept if { req_ssl_hello_type 1 }', '  use_backend a if { req.ssl_sni -i a.example.com }', ...be),
    },
    {
      name: 'inspect-delay from defaults',
      code: cfg('defaults', '  mode tcp', '  tcp-request inspect-delay 5s', 'frontend f', '  bind :443', '  tcp-request content accept if { req.ssl_hello_type 1 }', '  use_backend a if { req_ssl_sni -i a }', ...be),
    },
  ],
  invalid: [
    {
      code: cfg('frontend f', '  mode tcp', '  bind :443', '  acl is_a req.ssl_sni -i a.example.com', '  use_backend a if is_a', ...be),
      errors: [{ messageId: 'noDelay', message: "'req.ssl_sni' is read without 'tcp-request inspect-delay': HAProxy decides on whatever bytes have arrived, usually none, so SNI rules miss and traffic goes to the default backend; add 'tcp-request inspect-delay 5s'", line: 4, column: 12, endLine: 4, endColumn: 23 }],
    },
    {
      code: cfg('frontend f', '  mode tcp', '  bind :443', '  tcp-request inspect-delay 5s', '  use_backend a if { req_ssl_sni -i a }', ...be),
      errors: [{ messageId: 'noAccept', line: 5, column: 22, endLine: 5, endColumn: 33 }],
    },
  ],
});
