import rule from '../../src/rules/action-capability.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("listen l", "    http-request capture req.hdr(host) len 10", "    http-request set-timeout server 5s") },
    { name: "capture into a slot by id (the frontend declares it)", code: cfg("backend b", "    http-request capture req.hdr(host) id 0") },
    { name: "set-timeout client in a frontend (2.9+)", version: "3.0", code: cfg("frontend f", "    http-request set-timeout client 5s") },
    { name: "set-timeout tarpit needs no capability (3.4)", version: "3.4", code: cfg("frontend f", "    http-request set-timeout tarpit 5s") },
    { name: "http-response set-timeout server in a backend (2.9+)", version: "2.9", code: cfg("backend b", "    http-response set-timeout server 5s") },
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
    {
      name: "set-timeout client in a backend",
      version: "3.0",
      code: cfg("backend b", "    http-request set-timeout client 5s"),
      errors: [{ message: "'http-request set-timeout' needs a proxy with frontend capability; backend 'b' has none", line: 2, column: 18, endLine: 2, endColumn: 29 }],
    },
    {
      name: "http-response set-timeout connect in a frontend (3.4)",
      version: "3.4",
      code: cfg("frontend f", "    http-response set-timeout connect 1s"),
      errors: [{ message: "'http-response set-timeout' needs a proxy with backend capability; frontend 'f' has none", line: 2, column: 19, endLine: 2, endColumn: 30 }],
    },
  ],
});
