import rule from '../../src/rules/invalid-sample-argument.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("backend b", "    http-request set-header x %[srv_conn(s)]", "    http-request set-header y %[url_param(a,b)]") },
  ],
  invalid: [
    {
      name: "too many arguments",
      code: cfg("frontend f", "    http-request set-header x %[url_param(a,,i)]"),
      errors: [{ messageId: "tooMany", line: 2, column: 46, endLine: 2, endColumn: 47 }],
    },
    {
      name: "integer expected",
      code: cfg("frontend f", "    http-request set-header x %[str(abc),bytes(txn.start)]"),
      errors: [{ messageId: "notInt", line: 2, column: 48, endLine: 2, endColumn: 57 }],
    },
    {
      name: "backend required",
      code: cfg("defaults d", "    http-request set-header x %[srv_conn(www)]"),
      errors: [{ messageId: "noBackend", line: 2, column: 42, endLine: 2, endColumn: 45 }],
    },
  ],
});
