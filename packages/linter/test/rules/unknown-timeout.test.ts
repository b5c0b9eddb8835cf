import rule from '../../src/rules/unknown-timeout.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ code: cfg('defaults', '    timeout client 5s', '    timeout http-request 10s') }],
  invalid: [
    {
      code: cfg('defaults', '    timeout clinet 5s', '    timeout servers 5s'),
      errors: [
        { messageId: 'unknown', message: "unknown timeout 'clinet'; did you mean 'client' maybe ?", line: 2, column: 13, endLine: 2, endColumn: 19 },
        { messageId: 'unknown', line: 3, column: 13, endLine: 3, endColumn: 20 },
      ],
    },
    {
      name: 'a stray parenthesis',
      code: cfg('defaults', '    timeout connect( 4s'),
      errors: [{ messageId: 'unknown', message: "unknown timeout 'connect('; did you mean 'connect' maybe ?", line: 2, column: 13, endLine: 2, endColumn: 21 }],
    },
  ],
});
