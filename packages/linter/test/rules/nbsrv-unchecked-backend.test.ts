import rule from '../../src/rules/nbsrv-unchecked-backend.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('frontend f', '  bind :80', '  acl down nbsrv(app) lt 1', '  use_backend spare if down', '  default_backend app', 'backend app', '  server a 10.0.0.1:80 check', 'backend spare', '  server s 10.0.0.2:80') },
  ],
  invalid: [
    {
      code: cfg('frontend f', '  bind :80', '  acl down nbsrv(app) lt 1', '  use_backend spare if down', '  default_backend app', 'backend app', '  server a 10.0.0.1:80', 'backend spare', '  server s 10.0.0.2:80'),
      errors: [{ messageId: 'failover', message: "nbsrv(app) never drops: no server of backend 'app' has 'check', so the failover to 'spare' never happens", line: 3, column: 18, endLine: 3, endColumn: 21 }],
    },
    {
      name: 'a monitor page',
      code: cfg('frontend health', '  mode http', '  bind :8081', '  monitor-uri /health', '  monitor fail if { nbsrv(app) lt 1 }', 'backend app', '  server a 10.0.0.1:80'),
      errors: [{ messageId: 'monitor', line: 5, column: 27, endLine: 5, endColumn: 30 }],
    },
  ],
});
