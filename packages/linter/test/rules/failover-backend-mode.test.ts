import rule from '../../src/rules/failover-backend-mode.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('frontend f', '  mode tcp', '  bind :443', '  use_backend spare if { nbsrv(app) lt 1 }', '  default_backend app', 'backend app', '  mode tcp', 'backend spare', '  mode tcp') },
  ],
  invalid: [
    {
      code: cfg('frontend f', '  mode tcp', '  bind :443', '  use_backend spare if { nbsrv(app) lt 1 }', '  default_backend app', 'backend app', '  mode tcp', 'backend spare', '  mode http'),
      errors: [{ messageId: 'mode', message: "failover backend 'spare' is in mode http but the backend it replaces, 'app', is in mode tcp: clients get different behaviour (or none) when the failover happens", line: 4, column: 15, endLine: 4, endColumn: 20 }],
    },
  ],
});
