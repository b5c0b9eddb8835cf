import rule from '../../src/rules/empty-argument.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('backend b', '    timeout server "5s"', '    server s1 "${ADDR}:80"'), version: '3.4', env: { ADDR: '10.0.0.1' } },
    { name: 'an empty "${VAR[*]}" adds no word at all', code: cfg('backend b', '    server s1 10.0.0.1:80 "${OPTS[*]}"'), version: '3.4' },
    { name: 'up to 3.2 it is no error', code: cfg('backend b', '    timeout server 5s ""'), version: '3.2' },
  ],
  invalid: [
    {
      code: cfg('backend b', '    timeout server 5s ""', "    server s1 10.0.0.1:80 '' check"),
      version: '3.4',
      errors: [
        { messageId: 'empty', message: 'empty argument: from HAProxy 3.3 a line holding an empty word is refused', line: 2, column: 23, endLine: 2, endColumn: 25 },
        { messageId: 'empty', line: 3, column: 27, endLine: 3, endColumn: 29 },
      ],
    },
    {
      name: 'an unset variable in a section header; not in a .if branch that is not taken, nor in a directive',
      code: cfg('frontend "${FE}"', '    bind :80', '.if defined(NOPE)', '    http-request deny "" if TRUE', '.endif', '.if defined(X) ""', '.endif'),
      version: '3.3',
      errors: [{ messageId: 'emptyEnv', message: "'\"${FE}\"' is an empty argument here (the variable is not set): from HAProxy 3.3 a line holding an empty word is refused", line: 1, column: 10, endLine: 1, endColumn: 17 }],
    },
  ],
});
