import rule from '../../src/rules/invalid-enum-value.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("backend b", "    http-reuse always", "    hash-type map-based", "    stick-table type ipv6 size 1k", "    server s 10.0.0.1:80 proto h2") },
    { name: 'retry-on 429 from 3.1, 421 from 3.2', version: '3.2', code: cfg('backend b', '    retry-on conn-failure 421 429 all-retryable-errors', '    retry-on none') },
  ],
  invalid: [
    {
      name: 'ssl-load-extra-files words and the type of lua-prepend-path',
      code: cfg('global', '    ssl-load-extra-files key ocsp', '    ssl-load-extra-files bundle crt', '    lua-prepend-path /usr/share/lua/?.lua lib'),
      errors: [
        { messageId: 'enum', line: 3, column: 33, endLine: 3, endColumn: 36 },
        { messageId: 'enum', line: 4, column: 43, endLine: 4, endColumn: 46 },
      ],
    },
    {
      name: 'hash-preserve-affinity (3.2+) and filter-sequence (3.4+) choices',
      version: '3.4',
      code: cfg('backend b', '    hash-preserve-affinity sometimes', '    filter-sequence both comp', '    filter-sequence response comp,cache'),
      errors: [
        { messageId: 'enum', line: 2, column: 28, endLine: 2, endColumn: 37 },
        { messageId: 'enum', line: 3, column: 21, endLine: 3, endColumn: 25 },
      ],
    },
    {
      name: 'capture forms hold up to 3.4; silent-drop knows only rst-ttl (2.7+)',
      version: '3.4',
      code: cfg('frontend f', '    mode http', '    http-request capture hdr(x) foo 10', '    http-request silent-drop x'),
      errors: [
        { messageId: 'enum', line: 3, column: 33, endLine: 3, endColumn: 36 },
        { messageId: 'enum', message: "'http-request silent-drop' does not accept 'x': expected one of 'rst-ttl'", line: 4, column: 30, endLine: 4, endColumn: 31 },
      ],
    },
    {
      name: 'global choices of later releases: multi-queue fair (2.8), idle-pool full, set-dumpable, profiling.tasks options (3.4)',
      version: '3.4',
      code: cfg('global', '    tune.listener.multi-queue fair', '    tune.idle-pool.shared full', '    set-dumpable libs', '    profiling.tasks on lock', '    profiling.tasks on extra', '    set-dumpable yes', '    master-worker bogus', '    tune.idle-pool.shared yes'),
      errors: [
        { messageId: 'enum', line: 6, column: 24, endLine: 6, endColumn: 29 },
        { messageId: 'enum', line: 7, column: 18, endLine: 7, endColumn: 21 },
        { messageId: 'enum', line: 8, column: 19, endLine: 8, endColumn: 24 },
        { messageId: 'enum', message: "'tune.idle-pool.shared' does not accept 'yes': expected one of 'full', 'on', 'off'", line: 9, column: 27, endLine: 9, endColumn: 30 },
      ],
    },
    {
      name: "each ruleset's capture form: http-request len or id, http-response id, tcp-request content len",
      code: cfg('frontend f', '    mode http', '    bind :80', '    declare capture response len 10', '    http-request capture hdr(x) foo 10', '    http-response capture res.hdr(x) len 10', '    tcp-request content capture src id 0', '    http-response capture res.hdr(x) lower id 0'),
      errors: [
        { messageId: 'enum', message: "'http-request capture' does not accept 'foo': expected one of 'len', 'id'", line: 5, column: 33, endLine: 5, endColumn: 36 },
        { messageId: 'enum', line: 6, column: 38, endLine: 6, endColumn: 41 },
        { messageId: 'enum', line: 7, column: 37, endLine: 7, endColumn: 39 },
      ],
    },
    {
      name: 'retry-on conditions, by version; none alone',
      code: cfg('backend b', '    retry-on conn-failure 503 429', '    retry-on none conn-failure', '    retry-on all-errors'),
      errors: [
        { messageId: 'enum', line: 2, column: 31, endLine: 2, endColumn: 34 },
        { messageId: 'alone', message: "'retry-on none' cannot be combined with other conditions", line: 3, column: 14, endLine: 3, endColumn: 18 },
        { messageId: 'enum', line: 4, column: 14, endLine: 4, endColumn: 24 },
      ],
    },
    {
      name: "http-reuse",
      code: cfg("backend b", "    http-reuse sometimes"),
      errors: [{ messageId: "enum", line: 2, column: 16, endLine: 2, endColumn: 25 }],
    },
    {
      name: "stick-table type",
      code: cfg("backend b", "    stick-table type ipv4 size 1k"),
      errors: [{ messageId: "enum", line: 2, column: 22, endLine: 2, endColumn: 26 }],
    },
    {
      name: "compression direction is 2.8+",
      code: cfg("backend b", "    compression direction both"),
      errors: [{ messageId: "enum", line: 2, column: 17, endLine: 2, endColumn: 26 }],
    },
  ],
});
