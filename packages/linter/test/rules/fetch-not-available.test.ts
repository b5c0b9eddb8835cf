import rule from '../../src/rules/fetch-not-available.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      code: cfg('frontend f', '    mode http', '    bind :80', '    http-request set-var(txn.host) req.hdr(host)', '    http-response set-header X-Status %[status]', '    tcp-request content set-var(txn.sni) req.ssl_sni', '    http-request deny if { res.hdr(x) -m found }'),
    },
    { name: 'a defaults section may be used by frontends and backends alike', code: cfg('defaults d', '    mode http', '    http-request set-var(txn.p) path') },
    {
      name: 'what log lines and unique ids can read',
      code: cfg('frontend f', '    mode http', '    bind :80', '    log-format "%[capture.req.hdr(0)] %[method] %[status] %[ssl_fc_sni] %[src]"', '    unique-id-format %[req.hdr(x-id)]_%[src]'),
    },
    {
      name: "a mark/TOS action's expression is checked as read with the request headers, whatever the ruleset (3.0+)",
      version: '3.0',
      code: cfg('frontend f', '    mode http', '    bind :80', '    tcp-request connection set-fc-mark req.payload(0,1)', '    http-response set-fc-tos req.hdr(x),length', '    default_backend b', 'backend b', '    mode http'),
    },
    { name: 'formats HAProxy does not read', code: cfg('backend b', '    mode http', '    log-format "%[req.hdr(host)]"') },
  ],
  invalid: [
    {
      name: "a mark/TOS action's expression reading the response (3.0+)",
      version: '3.0',
      code: cfg('frontend f', '    mode http', '    bind :80', '    http-response set-fc-mark res.hdr(x),length', '    default_backend b', 'backend b', '    mode http'),
      errors: [{ messageId: 'unavailable', message: "'res.hdr' is not available in a frontend http-request header rule: HAProxy refuses an action that reads it here", line: 4, column: 31, endLine: 4, endColumn: 38 }],
    },
    {
      name: 'a log-profile step writes a log line (3.1+)',
      version: '3.1',
      code: cfg('log-profile p', '    on close format "%[src] %[req.hdr(host)]"'),
      errors: [{ messageId: 'unavailableInFormat', message: "'req.hdr' is not available when the log line is written: HAProxy refuses this 'on'", line: 2, column: 31, endLine: 2, endColumn: 38 }],
    },
    {
      name: "a switching name is built from the request headers; health checks read the server's response",
      code: cfg('frontend f', '    mode http', '    bind :80', '    use_backend be_%[res.hdr(x)]', '    use_backend be_%[req.hdr(host)] if { res.hdr(x) -m found }', '    default_backend b', 'backend b', '    mode http', '    option httpchk', '    http-check send meth GET uri-lf /%[path]', '    http-check expect status 200 on-error %[req.hdr(x)] status-code req.hdr(x)', '    http-check expect string-lf %[res.hdr(x)] on-success %[be_name]', '    server s1 127.0.0.1:80 check'),
      errors: [
        { messageId: 'unavailableInFormat', message: "'res.hdr' is not available when a 'use_backend' name is built: HAProxy refuses this 'use_backend'", line: 4, column: 22, endLine: 4, endColumn: 29 },
        { messageId: 'unavailableInFormat', message: "'path' is not available in a health check: HAProxy refuses this 'http-check send'", line: 10, column: 40, endLine: 10, endColumn: 44 },
        { messageId: 'unavailableInFormat', message: "'req.hdr' is not available in a health check: HAProxy refuses this 'http-check expect'", line: 11, column: 45, endLine: 11, endColumn: 52 },
        { messageId: 'unavailableInFormat', line: 11, column: 69, endLine: 11, endColumn: 76 },
      ],
    },
    {
      name: 'request headers are gone when the log line is written; response headers are not there yet for the unique id',
      code: cfg('frontend f', '    mode http', '    bind :80', '    log-format "%[req.hdr(host)] %[path]"', '    unique-id-format %[res.hdr(x)]'),
      errors: [
        { messageId: 'unavailableInFormat', message: "'req.hdr' is not available when the log line is written: HAProxy refuses this 'log-format'", line: 4, column: 19, endLine: 4, endColumn: 26 },
        { messageId: 'unavailableInFormat', line: 4, column: 36, endLine: 4, endColumn: 40 },
        { messageId: 'unavailableInFormat', message: "'res.hdr' is not available when the request headers are read: HAProxy refuses this 'unique-id-format'", line: 5, column: 24, endLine: 5, endColumn: 31 },
      ],
    },
    {
      name: 'rules of a named defaults section are checked there',
      code: cfg('defaults d', '    mode http', '    http-request set-var(txn.s) status'),
      errors: [{ messageId: 'unavailable', line: 3, column: 33, endLine: 3, endColumn: 39 }],
    },
    {
      code: cfg('frontend f', '    mode http', '    bind :80', '    http-request set-var(txn.s) status', '    http-response set-header X-Path %[path]', '    tcp-request connection set-var(sess.h) req.hdr(host)'),
      errors: [
        { messageId: 'unavailable', message: "'status' is not available in a frontend http-request header rule: HAProxy refuses an action that reads it here", line: 4, column: 33, endLine: 4, endColumn: 39 },
        { messageId: 'unavailable', line: 5, column: 39, endLine: 5, endColumn: 43 },
        { messageId: 'unavailable', line: 6, column: 44, endLine: 6, endColumn: 51 },
      ],
    },
    {
      name: 'a connect port read from the request',
      code: cfg('backend b', '  mode http', '  option httpchk', '  http-check connect port req.hdr(x-port)', '  http-check send meth GET'),
      errors: [{ messageId: 'unavailableInFormat', message: "'req.hdr' is not available in a health check: HAProxy refuses this 'http-check connect'", line: 4, column: 27, endLine: 4, endColumn: 34 }],
    },
  ],
});
