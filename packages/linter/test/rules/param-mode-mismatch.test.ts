import rule from '../../src/rules/param-mode-mismatch.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: "multiplexers are not checked in log and spop backends", version: "3.1", code: cfg("backend l", "    mode log", "    server s1 10.0.0.1:514 proto h2", "backend a", "    mode spop", "    server s1 10.0.0.1:12345 proto none") },
    { code: cfg('backend b', '    mode http', '    server s 10.0.0.1:80 proto h2', 'frontend f', '    mode http', '    bind :80 proto h2', '    default_backend b') },
    { name: 'proto none in tcp; observe is not this rule', code: cfg('backend b', '    mode tcp', '    server s 10.0.0.1:80 proto none observe layer7') },
    { name: 'the mode comes from defaults', code: cfg('defaults', '    mode http', 'backend b', '    server s 10.0.0.1:80 proto fcgi') },
  ],
  invalid: [
    {
      name: "redir in a log backend",
      version: "2.9",
      code: cfg("backend l", "    mode log", "    server s1 10.0.0.1:514 redir http://x"),
      errors: [{ message: "'redir' answers with HTTP redirects, but backend 'l' is in mode log: HAProxy refuses server 's1'", line: 3, column: 28, endLine: 3, endColumn: 42 }],
    },
    {
      name: "'redir' outside http; 'check-proto' against the check type",
      code: cfg('backend b', '    server s1 10.0.0.1:80 redir http://x', '    server s2 10.0.0.2:80 check check-proto h2', 'backend c', '    mode http', '    option httpchk', '    server s3 10.0.0.3:80 check check-proto none', '    server s4 10.0.0.4:80 check check-proto h2 redir http://y'),
      errors: [
        { messageId: 'redir', message: "'redir' answers with HTTP redirects, but backend 'b' is in mode tcp: HAProxy refuses server 's1'", line: 2, column: 27, endLine: 2, endColumn: 41 },
        { messageId: 'checkProto', message: "'check-proto h2' works for HTTP checks only, but server 's2' runs TCP checks: HAProxy refuses it", line: 3, column: 33, endLine: 3, endColumn: 47 },
        { messageId: 'checkProto', message: "'check-proto none' works for TCP checks only, but server 's3' runs HTTP checks: HAProxy refuses it", line: 7, column: 33, endLine: 7, endColumn: 49 },
      ],
    },
    {
      name: 'HTTP multiplexers in a tcp backend (tcp is the default mode)',
      code: cfg('backend b', '    server s1 10.0.0.1:80 proto h2', '    server s2 10.0.0.2:80 proto fcgi'),
      errors: [
        { messageId: 'mux', message: "'proto h2' works in mode http only, but backend 'b' is in mode tcp: HAProxy refuses server 's1'", line: 2, column: 27, endLine: 2, endColumn: 35 },
        { messageId: 'mux', line: 3, column: 27, endLine: 3, endColumn: 37 },
      ],
    },
    {
      name: 'inherited from default-server: reported on the server',
      code: cfg('defaults', '    mode tcp', '    default-server proto h1', 'backend b', '    server s1 10.0.0.1:80'),
      errors: [{ messageId: 'mux', line: 5, column: 12, endLine: 5, endColumn: 14 }],
    },
    {
      name: 'binds: a mode mismatch, and fcgi anywhere',
      code: cfg('frontend f', '    mode http', '    bind :80 proto none', '    bind :81 proto fcgi'),
      errors: [
        { messageId: 'mux', message: "'proto none' works in mode tcp only, but frontend 'f' is in mode http: HAProxy refuses this bind", line: 3, column: 14, endLine: 3, endColumn: 24 },
        { messageId: 'fcgiBind', line: 4, column: 14, endLine: 4, endColumn: 24 },
      ],
    },
  ],
});
