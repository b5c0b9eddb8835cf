import rule from '../../src/rules/invalid-integer.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'nbthread up to 1024 from 3.2', version: '3.4', code: cfg('global', '    nbthread 1024') },
    { name: "up to 2.6 the global 'maxconn' is read with atol()", version: '2.6', code: cfg('global', '    maxconn 4096x') },
    { code: cfg("global", "    nbthread 64", "    spread-checks 5", "backend b", "    server s 10.0.0.1:80 weight 256 rise 2 fall 3") },
    { name: 'set-mark takes a sample expression from 3.0', version: '3.0', code: cfg('frontend f', '    mode http', '    bind :80', '    http-request set-mark src_port') },
  ],
  invalid: [
    {
      name: "a cache's total-max-size is read unsigned: -1 wraps beyond 4095",
      code: cfg('cache c', '    total-max-size -1'),
      errors: [{ line: 2, column: 20, endLine: 2, endColumn: 22 }],
    },
    {
      name: "silent-drop's rst-ttl is 1 to 255 (2.7+, any base)",
      version: '3.0',
      code: cfg('frontend f', '    mode http', '    http-request silent-drop rst-ttl 0', '    http-request silent-drop rst-ttl 0x10', '    http-request silent-drop rst-ttl 256'),
      errors: [
        { messageId: 'range', message: "'http-request silent-drop' must be between 1 and 255 (got '0')", line: 3, column: 38, endLine: 3, endColumn: 39 },
        { messageId: 'range', line: 5, column: 38, endLine: 5, endColumn: 41 },
      ],
    },
    {
      name: "from 2.7 the global 'maxconn' is read with strtol() and an end check",
      version: '2.7',
      code: cfg('global', '    maxconn 0x10'),
      errors: [{ messageId: 'notInteger', message: "'maxconn' expects an integer, got '0x10'", line: 2, column: 13, endLine: 2, endColumn: 17 }],
    },
    {
      name: 'a capture length is read by atol() and must be positive',
      code: cfg('frontend f', '    mode http', '    bind :80', '    http-request capture hdr(x) len 0', '    tcp-request content capture src len x', '    http-request capture hdr(y) len 5x'),
      errors: [
        { messageId: 'range', message: "'http-request capture' must be at least 1 (got '0')", line: 4, column: 37, endLine: 4, endColumn: 38 },
        { messageId: 'range', line: 5, column: 41, endLine: 5, endColumn: 42 },
      ],
    },
    {
      name: 'ring sizes up to 3.1: a positive number read by atol()',
      code: cfg('ring r', '    size 0', 'ring s', '    size -1', 'ring t', '    size 16k'),
      errors: [
        { messageId: 'range', message: "'ring size' must be at least 1 (got '0')", line: 2, column: 10, endLine: 2, endColumn: 11 },
        { messageId: 'range', line: 4, column: 10, endLine: 4, endColumn: 12 },
      ],
    },
    {
      name: 'set-mark and set-tos read C integers (0x10, 010) before 3.0',
      code: cfg('frontend f', '    mode http', '    bind :80', '    http-request set-mark 0x10', '    http-request set-tos 010', '    http-request set-mark x', '    http-request set-tos 09'),
      errors: [
        { messageId: 'notInteger', message: "'http-request set-mark' expects an integer, got 'x'", line: 6, column: 27, endLine: 6, endColumn: 28 },
        { messageId: 'notInteger', line: 7, column: 26, endLine: 7, endColumn: 28 },
      ],
    },
    {
      name: "weight out of range",
      code: cfg("backend b", "    server s 10.0.0.1:80 weight 257"),
      errors: [{ messageId: "range", line: 2, column: 33, endLine: 2, endColumn: 36 }],
    },
    {
      name: "strict integer",
      code: cfg("global", "    thread-group name 10"),
      errors: [{ messageId: "notInteger", line: 2, column: 18, endLine: 2, endColumn: 22 }],
    },
    {
      name: "fall read as zero",
      code: cfg("backend b", "    server s 10.0.0.1:80 check fall x"),
      errors: [{ messageId: "range", line: 2, column: 37, endLine: 2, endColumn: 38 }],
    },
    {
      name: 'nbthread past 256 on 3.0',
      version: '3.0',
      code: cfg('global', '    nbthread 257'),
      errors: [{ messageId: 'range', line: 2, column: 14, endLine: 2, endColumn: 17 }],
    },
  ],
});
