import rule from '../../src/rules/unused-backend.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: "a log backend used by 'log backend@NAME' (2.9+)", version: '3.0', code: cfg('global', '    log backend@logs local0', 'backend logs', '    mode log', '    server s1 udp@127.0.0.1:514') },
    { code: cfg("frontend f", "    default_backend b", "backend b", "    server s 10.0.0.1:80") },
    { code: cfg("frontend f", "    use_backend %[req.hdr(host),lower]", "backend b", "    server s 10.0.0.1:80") },
    { code: cfg("frontend f", "    default_backend c", "backend b", "    server s 10.0.0.1:80", "backend c", "    server t 10.0.0.2:80 track b/s") },
  ],
  invalid: [
    {
      name: "never referenced",
      code: cfg("frontend f", "    default_backend b", "backend b", "    server s 10.0.0.1:80", "backend old", "    server s 10.0.0.2:80"),
      errors: [{ messageId: "unused", line: 5, column: 9, endLine: 5, endColumn: 12 }],
    },
  ],
});
