import rule from '../../src/rules/invalid-proxy-name.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ code: cfg('backend app-v2_blue.example:8080', 'userlist admins') }],
  invalid: [
    {
      code: cfg('frontend www.example.net/api', 'backend "a b"'),
      errors: [
        { messageId: 'char', message: "character '/' is not permitted in 'frontend' name 'www.example.net/api'", line: 1, column: 10, endLine: 1, endColumn: 29 },
        { messageId: 'char', line: 2, column: 9, endLine: 2, endColumn: 14 },
      ],
    },
    {
      name: 'an unquoted $VAR is no variable in a section name',
      code: cfg('backend api$v2'),
      errors: [{ messageId: 'char', message: "character '$' is not permitted in 'backend' name 'api$v2'", line: 1, column: 9, endLine: 1, endColumn: 15 }],
    },
  ],
});
