import rule from '../../src/rules/servers-shadowed-by-default-backend.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('listen l', '  bind :80', '  server s 10.0.0.1:80', 'frontend f', '  bind :81', '  default_backend b', 'backend b', '  server s 10.0.0.2:80') },
    { name: 'use_backend rules leave the servers their share', code: cfg('listen l', '  bind :80', '  use_backend b if { src 10.0.0.0/8 }', '  server s 10.0.0.1:80', 'backend b', '  server s 10.0.0.2:80') },
  ],
  invalid: [
    {
      // haproxy 2.6: "the 'default_backend' rule always has precedence over the servers, which will never be used".
      code: cfg('listen l', '  bind :80', '  default_backend b', '  server s 10.0.0.1:80', 'backend b', '  server s 10.0.0.2:80'),
      errors: [{ messageId: 'shadowed', message: "listen 'l' has servers but also 'default_backend b', which always wins: its own servers are never used", line: 3, column: 3, endLine: 3, endColumn: 20 }],
    },
    {
      name: 'default_backend from the defaults section',
      code: cfg('defaults', '  default_backend b', 'listen l', '  bind :80', '  server s 10.0.0.1:80', 'backend b', '  server s 10.0.0.2:80'),
      errors: [{ messageId: 'shadowed', line: 3, column: 8, endLine: 3, endColumn: 9 }],
    },
  ],
});
