import rule from '../../src/rules/tcp-check-order.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'a step before connect is left to tcp-check-connect-first', code: cfg('backend b', '  option tcp-check', '  tcp-check send PING\\r\\n', '  tcp-check connect port 6379', '  tcp-check expect string +PONG') },
    { code: cfg('backend redis', '  option tcp-check', '  tcp-check connect', '  tcp-check send PING\\r\\n', '  tcp-check expect string +PONG', '  server r 10.0.0.1:6379 check') },
    { name: 'SMTP banner: the server speaks first', code: cfg('backend smtp', '  option tcp-check', '  tcp-check connect port 25', '  tcp-check expect rstring ^220', '  server m 10.0.0.1:25 check') },
    { name: 'comments and variables may precede connect', code: cfg('backend b', '  option tcp-check', '  tcp-check comment start', '  tcp-check connect', '  tcp-check send x', '  tcp-check expect string y') },
  ],
  invalid: [
    {
      name: 'expect with nothing sent to an HTTPS port',
      code: cfg('backend b', '  mode tcp', '  option tcp-check', '  tcp-check connect', '  tcp-check expect string HTTP', '  server a 10.0.0.1:443 check'),
      errors: [{ messageId: 'expectFirst', line: 5, column: 13, endLine: 5, endColumn: 19 }],
    },
  ],
});
