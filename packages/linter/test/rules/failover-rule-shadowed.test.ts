import rule from '../../src/rules/failover-rule-shadowed.js';
import { cfg, ruleTester } from '../rule-tester.js';

const backends = ['backend app', '  server a 10.0.0.1:80 check', 'backend spare', '  server s 10.0.0.2:80 check'];

ruleTester(rule, {
  valid: [
    {
      name: 'failover rule first',
      code: cfg('frontend f', '  bind :80', '  acl is_app hdr(host) app', '  acl app_down nbsrv(app) lt 1', '  use_backend spare if is_app app_down', '  use_backend app if is_app', ...backends),
    },
    {
      name: 'the primary rule tests the backend is up',
      code: cfg('frontend f', '  bind :80', '  acl app_down nbsrv(app) lt 1', '  use_backend app if !app_down', '  use_backend spare if app_down', ...backends),
    },
  ],
  invalid: [
    {
      name: 'seed 002 order with the ACL typo fixed: the earlier rule catches all the traffic',
      code: cfg('frontend f', '  bind :80', '  acl is_app hdr(host) app', '  acl app_down nbsrv(app) lt 1', '  use_backend app if is_app', '  use_backend spare if app_down is_app', ...backends),
      errors: [{ messageId: 'shadowed', message: "failover to 'spare' never happens: the earlier rule on line 5 ('use_backend app') already matches all of its traffic, and the first matching use_backend wins", line: 6, column: 3, endLine: 6, endColumn: 20 }],
    },
    {
      name: 'after an unconditional use_backend',
      code: cfg('frontend f', '  bind :80', '  use_backend other', '  use_backend spare if { nbsrv(app) lt 1 }', 'backend other', ...backends),
      errors: [{ messageId: 'shadowed', line: 4, column: 3, endLine: 4, endColumn: 20 }],
    },
    {
      name: 'after an unguarded rule to the watched backend',
      code: cfg('frontend f', '  bind :80', '  acl app_down nbsrv(app) lt 1', '  use_backend app if { path_beg /app }', '  use_backend spare if app_down', ...backends),
      errors: [{ messageId: 'primaryFirst', message: "failover to 'spare' comes after the rule on line 4 that sends traffic to 'app' without checking it is up: when 'app' is down that rule still wins; put the failover rule first", line: 5, column: 3, endLine: 5, endColumn: 20 }],
    },
  ],
});
