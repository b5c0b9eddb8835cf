import rule from '../../src/rules/unknown-balance-algorithm.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("backend b", "    balance leastconn") },
    { code: cfg("backend b", "    balance hdr(host)") },
    { code: cfg("backend b", "    balance url_param userid") },
    { name: "HAProxy reads only the first six characters of random", code: cfg("backend b", "    balance randomly") },
  ],
  invalid: [
    {
      name: "typo",
      code: cfg("backend b", "    balance round-robin"),
      errors: [{ messageId: "unknown", line: 2, column: 13, endLine: 2, endColumn: 24 }],
    },
    {
      name: "hdr without name",
      code: cfg("backend b", "    balance hdr"),
      errors: [{ messageId: "needsArg", line: 2, column: 13, endLine: 2, endColumn: 16 }],
    },
  ],
});
