import rule from '../../src/rules/extra-argument.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("backend b", "    option httpchk GET / HTTP/1.1", "    retries 3", "    option redispatch 2") },
  ],
  invalid: [
    {
      name: 'rule actions read a fixed number of words before their condition',
      code: cfg('frontend f', '    mode http', '    bind :80', '    http-request set-header X-A 1 2', '    http-request set-header X-B "1 2" if TRUE', '    http-request allow now'),
      errors: [
        { messageId: 'extra', message: "'http-request set-header' cannot handle unexpected argument '2' (it takes at most 2)", line: 4, column: 35, endLine: 4, endColumn: 36 },
        { messageId: 'extra', line: 6, column: 24, endLine: 6, endColumn: 27 },
      ],
    },
    {
      name: "option with a value",
      code: cfg("backend b", "    option dontlognull yes"),
      errors: [{ messageId: "extra", line: 2, column: 24, endLine: 2, endColumn: 27 }],
    },
    {
      name: "two timeouts",
      code: cfg("backend b", "    timeout server 5s 10s"),
      errors: [{ messageId: "extra", line: 2, column: 23, endLine: 2, endColumn: 26 }],
    },
  ],
});
