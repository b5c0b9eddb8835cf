import rule from '../../src/rules/time-trailing-characters.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('defaults', '  timeout connect 5s', '  timeout client 1m', '  timeout server 1500ms') },
    { name: 'a bad unit is invalid-time’s (an error)', code: cfg('defaults', '  timeout connect 5x') },
  ],
  invalid: [
    {
      // haproxy 2.6: "unexpected character 'e' after the timer value '5sec'", read as 5s.
      code: cfg('defaults', '  timeout connect 5sec'),
      errors: [{ messageId: 'trailing', message: "'timeout connect' value '5sec' has 'e' after its unit: HAProxy reads only up to the unit and ignores the rest (units: us, ms, s, m, h, d)", line: 2, column: 19, endLine: 2, endColumn: 23 }],
    },
    {
      name: 'server parameters and stick-table expire',
      code: cfg('backend b', '  stick-table type ip size 1k expire 10mins', '  server s 10.0.0.1:80 check inter 1m30'),
      errors: [
        { messageId: 'trailing', line: 2, column: 38, endLine: 2, endColumn: 44 },
        { messageId: 'trailing', line: 3, column: 36, endLine: 3, endColumn: 40 },
      ],
    },
  ],
});
