import rule from '../../src/rules/log-fails-at-startup.js';
import { cfg, ruleTester } from '../rule-tester.js';

const RING = ['ring logbuf', '    size 32764', '    timeout connect 5s', '    timeout server 10s', '    server syslog 127.0.0.1:6514'];
const DEFAULTS = ['    mode http', '    timeout connect 5s', '    timeout client 5s', '    timeout server 5s'];

ruleTester(rule, {
  valid: [
    { name: 'a declared ring and the built-in buf0', code: cfg('global', '    log ring@logbuf local0', '    log ring@buf0 local1', ...RING) },
    { name: 'the built-in dpapi ring from 3.2', version: '3.2', code: cfg('global', '    log ring@dpapi local0') },
    { name: 'a log backend (2.9+)', version: '3.0', code: cfg('global', '    log backend@logs local0', 'backend logs', '    mode log', '    server s1 udp@127.0.0.1:514') },
    { name: 'a declared log profile (3.1+)', version: '3.1', code: cfg('global', '    log 127.0.0.1:514 profile p local0', 'log-profile p', '    on any drop') },
    { name: 'before 2.9 backend@ is no log backend (invalid-address judges it)', version: '2.8', code: cfg('global', '    log backend@nope local0') },
    { name: "a defaults section's lines no proxy keeps", code: cfg('defaults', ...DEFAULTS, '    log ring@nope local0', 'frontend f', '    bind :80', '    no log', 'defaults other', ...DEFAULTS, '    log ring@nope2 local0') },
    { name: 'names from the environment', code: cfg('global', '    log "ring@${R}" local0', '    log ring@$R local0') },
    { name: "a 'no log' line names nothing", code: cfg('frontend f', '    bind :80', '    no log') },
  ],
  invalid: [
    {
      name: 'an unknown ring, and a stream written as a ring',
      code: cfg('global', '    log ring@logbuff local0', '    log ring@stdout local0', '    log ring@dpapi local0', ...RING),
      errors: [
        { messageId: 'ring', message: "unknown ring 'logbuff': 'haproxy -c' accepts this log line, but HAProxy refuses to start; did you mean 'logbuf' maybe ?", line: 2, column: 14, endLine: 2, endColumn: 21 },
        { messageId: 'fdRing', message: "'stdout' is an output stream, not a ring: 'haproxy -c' accepts 'ring@stdout', but HAProxy refuses to start (write 'log stdout …')", line: 3, column: 14, endLine: 3, endColumn: 20 },
        { messageId: 'ring', line: 4, column: 14, endLine: 4, endColumn: 19 },
      ],
    },
    {
      name: 'an unknown log backend, and a backend not in mode log (2.9+)',
      version: '3.0',
      code: cfg('global', '    log backend@lgos local0', '    log backend@web local0', 'backend logs', '    mode log', '    server s1 udp@127.0.0.1:514', 'backend web', '    mode http'),
      errors: [
        { messageId: 'backend', message: "unknown log backend 'lgos': 'haproxy -c' accepts this log line, but HAProxy refuses to start; did you mean 'logs' maybe ?", line: 2, column: 17, endLine: 2, endColumn: 21 },
        { messageId: 'notLogBackend', message: "backend 'web' is in http mode, not 'mode log': 'haproxy -c' accepts it as a log target, but HAProxy refuses to start", line: 3, column: 17, endLine: 3, endColumn: 20 },
      ],
    },
    {
      name: 'an unknown log profile (3.1+), in a proxy and in a defaults section a proxy uses',
      version: '3.1',
      code: cfg('defaults', ...DEFAULTS, '    log 127.0.0.1:514 profile nope local0', 'frontend f', '    bind :80', '    log stdout format raw profile pp local0', 'log-profile p', '    on any drop'),
      errors: [
        { messageId: 'profile', message: "unknown log-profile 'nope': 'haproxy -c' accepts this log line, but HAProxy refuses to start", line: 6, column: 31, endLine: 6, endColumn: 35 },
        { messageId: 'profile', message: "unknown log-profile 'pp': 'haproxy -c' accepts this log line, but HAProxy refuses to start; did you mean 'p' maybe ?", line: 9, column: 35, endLine: 9, endColumn: 37 },
      ],
    },
  ],
});
