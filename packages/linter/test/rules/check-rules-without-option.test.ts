import rule from '../../src/rules/check-rules-without-option.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('backend b', '  option httpchk', '  http-check expect status 200', '  server a 10.0.0.1:80 check') },
    { name: 'option httpchk from defaults', code: cfg('defaults', '  option httpchk', 'backend b', '  http-check expect status 200') },
    { name: 'tcp-check with its option', code: cfg('backend b', '  option tcp-check', '  tcp-check connect') },
  ],
  invalid: [
    {
      code: cfg('backend b', '  http-check expect status 200', '  http-check send meth GET', '  server a 10.0.0.1:80 check'),
      errors: [{ messageId: 'http', message: "backend 'b' uses 'http-check' rules without 'option httpchk', so the rules are ignored", line: 2, column: 3, endLine: 2, endColumn: 13 }],
    },
    {
      name: 'another check type in effect',
      code: cfg('backend b', '  option ssl-hello-chk', '  tcp-check connect port 443'),
      errors: [{ messageId: 'tcp', message: "backend 'b' uses 'tcp-check' rules without 'option tcp-check', so the rules are ignored (checks use 'option ssl-hello-chk')", line: 3, column: 3, endLine: 3, endColumn: 12 }],
    },
  ],
});
