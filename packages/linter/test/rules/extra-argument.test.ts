import rule from '../../src/rules/extra-argument.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("backend b", "    option httpchk GET / HTTP/1.1", "    retries 3", "    option redispatch 2") },
  ],
  invalid: [
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
