import rule from '../../src/rules/action-capability.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("listen l", "    http-request capture req.hdr(host) len 10", "    http-request set-timeout server 5s") },
    { name: "capture into a slot by id (the frontend declares it)", code: cfg("backend b", "    http-request capture req.hdr(host) id 0") },
  ],
  invalid: [
    {
      name: "capture in backend",
      code: cfg("backend b", "    http-request capture req.hdr(host) len 10"),
      errors: [{ messageId: "needs", line: 2, column: 18, endLine: 2, endColumn: 25 }],
    },
    {
      name: "set-timeout in frontend",
      code: cfg("frontend f", "    http-request set-timeout server 5s"),
      errors: [{ messageId: "needs", line: 2, column: 18, endLine: 2, endColumn: 29 }],
    },
  ],
});
