import rule from '../../src/rules/undefined-backend.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: "a defaults section's default_backend no frontend keeps (its own replaces it; a backend has no use for it)", code: cfg('defaults d', '    http-request deny if FALSE', '    default_backend nope', 'frontend f from d', '    bind :80', '    default_backend b', 'backend b from d', '    server s 10.0.0.1:80') },
    { name: "a log line's backend@ is looked up at start-up only (log-fails-at-startup)", version: '3.0', code: cfg('global', '    log backend@nope local0') },
    { name: 'a defaults section no proxy uses is never resolved', code: cfg('defaults d1', '    mode http', '    http-request deny if { nbsrv(nobe) gt 0 }', 'defaults', 'frontend f', '    bind :80') },
    { name: 'a default_backend replaced by a later one is never looked up', code: cfg('frontend f', '    bind :80', '    default_backend gone', '    default_backend b', 'backend b', '    server s 10.0.0.1:80') },
    { code: cfg('frontend f', '    bind :80', '    use_backend %[req.hdr(host),lower]', '    default_backend app', 'listen app', '    server s 127.0.0.1:80') },
    { name: 'across files', code: [cfg('frontend f', '    bind :80', '    default_backend app'), cfg('backend app', '    server s 127.0.0.1:80')] },
  ],
  invalid: [
    {
      name: "a defaults section's default_backend is looked up by each frontend that keeps it",
      code: cfg('defaults', '    default_backend nope', 'frontend f', '    bind :80'),
      errors: [{ messageId: 'missing', message: "unable to find backend 'nope' required by 'default_backend'", line: 2, column: 21, endLine: 2, endColumn: 25 }],
    },
    {
      name: "a mark/TOS action's expression (3.0+)",
      version: '3.0',
      code: cfg('backend b', '    mode http', '    http-request set-bc-mark be_conn(nope)', '    server s 10.0.0.1:80'),
      errors: [{ messageId: 'missing', message: "unable to find backend 'nope' required by 'be_conn'", line: 3, column: 38, endLine: 3, endColumn: 42 }],
    },
    {
      name: 'a rule of a defaults section a proxy uses',
      code: cfg('defaults d1', '    mode http', '    http-request deny if { nbsrv(nobe) gt 0 }', 'frontend f', '    bind :80'),
      errors: [{ message: "unable to find backend 'nobe' required by 'nbsrv'", line: 3, column: 34, endLine: 3, endColumn: 38 }],
    },
    {
      name: "a tracked server's backend",
      code: cfg('backend b', '    server s1 10.0.0.1:80 track bx/s1 check'),
      errors: [{ messageId: 'missing', message: "unable to find backend 'bx' required by 'track'; did you mean 'b' maybe ?", line: 2, column: 33, endLine: 2, endColumn: 35 }],
    },
    {
      code: cfg('frontend f', '    bind :80', '    use_backend ap if { nbsrv(apps) gt 0 }', '    default_backend app', 'frontend app'),
      errors: [
        { messageId: 'missing', message: "unable to find backend 'ap' required by 'use_backend'", line: 3, column: 17, endLine: 3, endColumn: 19 },
        { messageId: 'missing', line: 3, column: 31, endLine: 3, endColumn: 35 },
        { messageId: 'missing', line: 4, column: 21, endLine: 4, endColumn: 24 },
      ],
    },
    {
      code: cfg('frontend f', '    bind :80', '    default_backend web-backnd', 'backend web-backend'),
      errors: [{ messageId: 'missing', message: "unable to find backend 'web-backnd' required by 'default_backend'; did you mean 'web-backend' maybe ?", line: 3, column: 21, endLine: 3, endColumn: 31 }],
    },
  ],
});
