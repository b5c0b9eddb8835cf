import rule from '../../src/rules/tcp-check-connect-first.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('backend redis', '  option tcp-check', '  tcp-check connect', '  tcp-check send PING\\r\\n', '  tcp-check expect string +PONG') },
    { name: 'no connect step: HAProxy connects first by itself', code: cfg('backend b', '  option tcp-check', '  tcp-check send PING\\r\\n', '  tcp-check expect string +PONG') },
    { name: 'comments and variables may precede connect', code: cfg('backend b', '  option tcp-check', '  tcp-check comment start', '  tcp-check set-var(check.x) int(1)', '  tcp-check connect', '  tcp-check send x') },
  ],
  invalid: [
    {
      name: 'send before connect',
      code: cfg('backend b', '  option tcp-check', '  tcp-check send PING\\r\\n', '  tcp-check connect port 6379', '  tcp-check expect string +PONG'),
      errors: [{ messageId: 'beforeConnect', message: "'tcp-check send' comes before the first 'tcp-check connect': HAProxy requires the first step to be 'connect' when the ruleset has one", line: 3, column: 13, endLine: 3, endColumn: 17 }],
    },
    {
      name: 'in a listen section, after a comment',
      code: cfg('listen l', '  bind :6000', '  tcp-check comment probe', '  tcp-check expect string ok', '  tcp-check connect'),
      errors: [{ messageId: 'beforeConnect', line: 4, column: 13, endLine: 4, endColumn: 19 }],
    },
    {
      name: 'in a defaults section',
      code: cfg('defaults', '  mode tcp', '  option tcp-check', '  tcp-check send PING\\r\\n', '  tcp-check connect', 'backend b', '  server s 10.0.0.1:6379 check'),
      errors: [{ messageId: 'beforeConnect', line: 4, column: 13, endLine: 4, endColumn: 17 }],
    },
  ],
});
