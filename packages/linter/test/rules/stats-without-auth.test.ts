import rule from '../../src/rules/stats-without-auth.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('frontend stats', '    mode http', '    bind *:8404', '    stats enable', '    stats uri /stats', '    stats auth admin:s3cret') },
    { code: cfg('listen stats', '    mode http', '    bind 127.0.0.1:8404', '    stats uri /', '    http-request auth unless { http_auth(admins) }') },
    {
      name: "a proxy without stats lines of its own uses the defaults' page, authentication included",
      code: cfg('defaults', '    mode http', '    stats enable', '    stats auth admin:s3cret', 'frontend f', '    bind *:80', '    default_backend b', 'backend b', '    server s 10.0.0.1:80'),
    },
  ],
  invalid: [
    {
      name: 'seed 004: open stats page',
      code: cfg('frontend stats', '   bind *:8404', '   stats enable', '   stats uri /stats', '   stats refresh 10s'),
      errors: [{ messageId: 'open', message: "stats page of frontend 'stats' has no authentication and listens on all addresses ('*:8404')", line: 3, column: 4, endLine: 3, endColumn: 16 }],
    },
    {
      code: cfg('listen admin', '    bind 10.0.0.1:8404', '    stats uri /'),
      errors: [{ messageId: 'noAuth', line: 3, column: 5, endLine: 3, endColumn: 16 }],
    },
    {
      name: "one stats line of a proxy's own drops the defaults' stats settings, their auth with them",
      code: cfg('defaults', '    mode http', '    stats auth admin:s3cret', 'listen stats', '    bind 10.0.0.1:8404', '    stats uri /'),
      errors: [{ messageId: 'noAuth', message: "stats page of listen 'stats' has no authentication: add 'stats auth' or 'stats http-request auth'", line: 6, column: 5, endLine: 6, endColumn: 16 }],
    },
    {
      name: "a stats page enabled in defaults, inherited by every frontend",
      code: cfg('defaults web', '    mode http', '    stats enable', 'frontend f from web', '    bind *:80', '    default_backend b', 'backend b from web', '    server s 10.0.0.1:80'),
      errors: [{ messageId: 'open', message: "stats page of frontend 'f' (enabled by defaults 'web') has no authentication and listens on all addresses ('*:80')", line: 4, column: 10, endLine: 4, endColumn: 11 }],
    },
  ],
});
