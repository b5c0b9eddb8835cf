import rule from '../../src/rules/brace-spacing.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ code: cfg('frontend f', '    use_backend b if { path -i /x } !{ src 10.0.0.1 }', '    http-request set-header X ${HOST} if { path /y }') }],
  invalid: [
    {
      name: "seed 002: '{path -i …}'",
      code: cfg('frontend f', '    use_backend b if {path -i /x}'),
      errors: [
        { messageId: 'open', message: "'{path' is read as an ACL name: put a space after '{'", line: 2, column: 22, endLine: 2, endColumn: 27 },
        { messageId: 'close', line: 2, column: 31, endLine: 2, endColumn: 34 },
      ],
      output: cfg('frontend f', '    use_backend b if { path -i /x }'),
    },
  ],
});
