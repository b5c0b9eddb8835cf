import rule from '../../src/rules/permissive-stats-socket.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("global", "    stats socket /run/haproxy.sock mode 600 level admin", "    stats socket 127.0.0.1:9999 level admin") },
  ],
  invalid: [
    {
      name: "world writable",
      code: cfg("global", "    stats socket /run/haproxy.sock mode 777"),
      errors: [{ messageId: "worldWritable", line: 2, column: 41, endLine: 2, endColumn: 44 }],
    },
    {
      name: "admin on all addresses",
      code: cfg("global", "    stats socket ipv4@0.0.0.0:9999 level admin"),
      errors: [{ messageId: "network", line: 2, column: 18, endLine: 2, endColumn: 35 }],
    },
  ],
});
