import rule from '../../src/rules/stats-auth-with-http-request.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('listen stats', '  mode http', '  bind :8404', '  stats enable', '  stats auth admin:pw', '  stats realm Stats') },
    { code: cfg('userlist u', '  user admin insecure-password pw', 'listen stats', '  mode http', '  bind :8404', '  stats enable', '  stats http-request auth unless { http_auth(u) }') },
    {
      name: "the defaults' stats auth is dropped by a proxy that writes its own stats lines",
      code: cfg('defaults d', '  mode http', '  stats auth admin:pw', 'listen stats from d', '  bind :8404', '  stats http-request allow'),
    },
  ],
  invalid: [
    {
      code: cfg('listen stats', '  mode http', '  bind :8404', '  stats enable', '  stats auth admin:pw', '  stats http-request deny unless { src 10.0.0.0/8 }'),
      errors: [{ messageId: 'conflict', message: "'stats auth' (line 5) and 'stats http-request' cannot be used together in listen 'stats': express the authentication as 'stats http-request auth'", line: 6, column: 9, endLine: 6, endColumn: 21 }],
    },
    {
      name: 'a realm alone, written after the rule',
      code: cfg('backend b', '  mode http', '  stats enable', '  stats http-request allow', '  stats realm Stats'),
      errors: [{ messageId: 'conflict', line: 4, column: 9, endLine: 4, endColumn: 21 }],
    },
  ],
});
