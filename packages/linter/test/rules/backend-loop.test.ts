import rule from '../../src/rules/backend-loop.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('listen web', '    bind :80', '    use_backend app if { path_beg /app }', 'backend app', '    server s 10.0.0.1:80') },
    { name: 'a backend named like a frontend is another proxy', code: cfg('frontend web', '    bind :80', '    default_backend web', 'backend web', '    server s 10.0.0.1:80') },
    { name: 'a dynamic name is decided at run time', code: cfg('listen web', '    bind :80', '    use_backend %[req.hdr(host)]') },
    { name: 'a track chain ending at a checked server', code: cfg('backend a', '    server s1 10.0.0.1:80 check', '    server s2 10.0.0.2:80 track s1', 'backend b', '    server s1 10.0.0.3:80 track a/s2') },
  ],
  invalid: [
    {
      name: 'track chains that come back: to itself, and across backends',
      code: cfg('backend a', '    server s1 10.0.0.1:80 track s1', '    server s2 10.0.0.2:80 track b/s1', 'backend b', '    server s1 10.0.0.3:80 track a/s2'),
      errors: [
        { messageId: 'track', message: 'unable to track a/s1 as it belongs to a tracking chain looping back to a/s1', line: 2, column: 33, endLine: 2, endColumn: 35 },
        { messageId: 'track', message: 'unable to track b/s1 as it belongs to a tracking chain looping back to a/s2', line: 3, column: 33, endLine: 3, endColumn: 37 },
        { messageId: 'track', message: 'unable to track a/s2 as it belongs to a tracking chain looping back to b/s1', line: 5, column: 33, endLine: 5, endColumn: 37 },
      ],
    },
    {
      code: cfg('listen web', '    bind :80', '    use_backend web if { path_beg /app }', '    default_backend web'),
      errors: [
        { messageId: 'loop', message: "listen 'web' sends its own traffic to itself with 'use_backend': HAProxy refuses the loop", line: 3, column: 17, endLine: 3, endColumn: 20 },
        { messageId: 'loop', message: "listen 'web' sends its own traffic to itself with 'default_backend': HAProxy refuses the loop", line: 4, column: 21, endLine: 4, endColumn: 24 },
      ],
    },
  ],
});
