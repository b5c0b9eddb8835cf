import rule from '../../src/rules/unknown-section.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ code: cfg('global', '    maxconn 100', 'backend app', '    server a 127.0.0.1:80') }],
  invalid: [
    {
      name: 'typo in a section keyword',
      code: cfg('backnd app', '    server a 127.0.0.1:80'),
      errors: [{ messageId: 'unknown', message: "unknown section 'backnd'; did you mean 'backend' maybe ?", line: 1, column: 1, endLine: 1, endColumn: 7 }],
    },
    {
      name: 'one file per configuration, each with its own unknown header',
      code: [cfg('frontnd y', '    bind :80'), cfg('# second file', 'globl', '    daemon')],
      errors: [
        { messageId: 'unknown', line: 1, column: 1, endLine: 1, endColumn: 8 },
        { messageId: 'unknown', message: "unknown section 'globl'; did you mean 'global' maybe ?", line: 2, column: 1, endLine: 2, endColumn: 6 },
      ],
    },
  ],
});
