import rule from '../../src/rules/stats-without-auth.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('frontend stats', '    mode http', '    bind *:8404', '    stats enable', '    stats uri /stats', '    stats auth admin:s3cret') },
    { code: cfg('listen stats', '    mode http', '    bind 127.0.0.1:8404', '    stats uri /', '    http-request auth unless { http_auth(admins) }') },
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
  ],
});
