import rule from '../../src/rules/monitor-missing-backend.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('frontend health', '  mode http', '  bind :8081', '  monitor-uri /health', '  acl dead nbsrv(app) lt 1', '  monitor fail if dead', 'backend app', '  server a 10.0.0.1:8080 check') },
  ],
  invalid: [
    {
      code: cfg('frontend health', '  mode http', '  bind :8081', '  monitor-uri /health', '  acl dead nbsrv(apps) lt 1', '  monitor fail if dead', 'backend app', '  server a 10.0.0.1:8080 check'),
      errors: [{ messageId: 'missing', message: "monitor frontend 'health' reports the health of backend 'apps' through nbsrv(), but no such backend exists; did you mean 'app' maybe ?", line: 5, column: 18, endLine: 5, endColumn: 22 }],
    },
    {
      name: 'anonymous ACL',
      code: cfg('frontend health', '  mode http', '  bind :8081', '  monitor-uri /health', '  monitor fail if { nbsrv(zzz) lt 1 }'),
      errors: [{ messageId: 'missing', line: 5, column: 27, endLine: 5, endColumn: 30 }],
    },
  ],
});
