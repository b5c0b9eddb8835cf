import rule from '../../src/rules/invalid-option-argument.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('defaults', '    mode http', '    option forwardfor except 10.0.0.0/8 header X-Real-IP if-none', '    option originalto except fe80::1/64 header X-Orig', '    option forwardfor except 127.0.0.1/255.0.0.0', '    option forwardfor except localhost', 'backend b', '    option mysql-check user haproxy post-41', '    no option forwardfor') },
    { name: 'lines from the environment are not judged', code: cfg('defaults', '    option forwardfor except "${TRUSTED}"') },
  ],
  invalid: [
    {
      code: cfg('defaults', '    option forwardfor bogus', '    option forwardfor except', '    option forwardfor except 300.0.0.1', '    option forwardfor if-none header', '    option originalto if-none', '    option originalto except ::1/129', 'backend b', '    option mysql-check user'),
      errors: [
        { messageId: 'unknown', message: "'option forwardfor' does not know 'bogus' (it takes 'except', 'header', 'if-none')", line: 2, column: 23, endLine: 2, endColumn: 28 },
        { messageId: 'noNetwork', line: 3, column: 23, endLine: 3, endColumn: 29 },
        { messageId: 'badNetwork', line: 4, column: 30, endLine: 4, endColumn: 39 },
        { messageId: 'noHeader', line: 5, column: 31, endLine: 5, endColumn: 37 },
        { messageId: 'unknown', line: 6, column: 23, endLine: 6, endColumn: 30 },
        { messageId: 'badNetwork', line: 7, column: 30, endLine: 7, endColumn: 37 },
        { messageId: 'noUser', line: 9, column: 24, endLine: 9, endColumn: 28 },
      ],
    },
  ],
});
