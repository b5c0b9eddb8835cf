import rule from '../../src/rules/brace-spacing.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('frontend f', '    use_backend b if { path -i /x } !{ src 10.0.0.1 }', '    http-request set-header X ${HOST} if { path /y }') },
    // haproxy 2.6 accepts it: only a '}' word closes the block, and one does.
    { name: "a pattern ending in '}' before a closing '}'", code: cfg('frontend f', '    http-request deny if { path_reg ^/a{3} } { path_reg b{2} }') },
  ],
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
