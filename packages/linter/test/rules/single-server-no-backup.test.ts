import rule from '../../src/rules/single-server-no-backup.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'with a backup server', code: cfg('backend b', '  server a 10.0.0.1:443 check', '  server s 10.0.0.2:443 check backup') },
    { name: 'unchecked: HAProxy never takes it out', code: cfg('backend b', '  server a 10.0.0.1:443') },
    {
      name: 'an nbsrv() failover covers it',
      code: cfg('frontend f', '  bind :443', '  use_backend spare if { nbsrv(b) lt 1 }', '  default_backend b', 'backend b', '  server a 10.0.0.1:443 check', 'backend spare', '  server s 10.0.0.2:443'),
    },
    {
      name: 'a checked one-server failover target is the last resort, not a single point of failure',
      code: cfg('frontend f', '  bind :443', '  use_backend spare if { nbsrv(b) lt 1 }', '  default_backend b', 'backend b', '  server a 10.0.0.1:443 check', '  server c 10.0.0.3:443 check', 'backend spare', '  server s 10.0.0.2:443 check'),
    },
  ],
  invalid: [
    {
      code: cfg('backend platform', '  mode tcp', '  server elb old-platform.example.com:443 check'),
      errors: [{ messageId: 'alone', message: "server 'elb' is the only server of backend 'platform' and is health-checked: when its checks fail, every request gets a 503; add a 'backup' server, a failover backend (nbsrv), or more servers", line: 3, column: 10, endLine: 3, endColumn: 13 }],
    },
  ],
});
