import rule from '../../src/rules/keyword-ignored.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'from 3.2 misplaced flag options are keyword-not-allowed errors', version: '3.2', code: cfg('backend b', '    option dontlognull', 'frontend f', '    option log-health-checks') },
    { code: cfg('listen l', '    bind :80', '    balance roundrobin', '    server s 127.0.0.1:80') },
    // Read without a capability check and used by the backend's checks (haproxy 2.6 is silent).
    { name: 'unique-id-format in a backend', code: cfg('backend b', '    unique-id-format %[be_name]', '    server s 127.0.0.1:80') },
  ],
  invalid: [
    {
      code: cfg('frontend f', '    bind :80', '    balance roundrobin', 'backend b', '    bind :81', '    option httplog'),
      errors: [
        { messageId: 'ignored', message: "'balance' ignored because frontend 'f' has no backend capability", line: 3, column: 5, endLine: 3, endColumn: 12 },
        { messageId: 'ignored', line: 5, column: 5, endLine: 5, endColumn: 9 },
        { messageId: 'ignored', line: 6, column: 5, endLine: 6, endColumn: 19 },
      ],
    },
  ],
});
