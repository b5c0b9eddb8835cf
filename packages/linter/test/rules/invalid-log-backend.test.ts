import rule from '../../src/rules/invalid-log-backend.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'UDP servers only, a log algorithm', version: '3.0', code: cfg('backend l', '    mode log', '    balance log-hash ipmask(24)', '    server s1 udp@10.0.0.1:514', '    server s2 udp4@10.0.0.2:514') },
    { name: 'TCP servers only, with or without prefix, inherited roundrobin', version: '3.0', code: cfg('defaults', '    balance roundrobin', 'backend l', '    mode log', '    server s1 tcp@10.0.0.1:514', '    server s2 10.0.0.2:514') },
    { name: '2.9 does not check the algorithm', version: '2.9', code: cfg('backend l', '    mode log', '    balance leastconn', '    server s1 udp@10.0.0.1:514') },
    { name: 'log-hash with the default or an explicit map-based hash', version: '2.9', code: cfg('backend l', '    mode log', '    balance log-hash lower', '    server s1 udp@10.0.0.1:514', 'backend m', '    mode log', '    balance log-hash lower', '    hash-type map-based sdbm', '    server s1 udp@10.0.0.1:514') },
    { name: 'a consistent hash is fine with other algorithms', version: '3.0', code: cfg('backend l', '    mode log', '    balance random', '    hash-type consistent', '    server s1 udp@10.0.0.1:514') },
    { name: 'layer-7 hashes fall back to round robin before the check (http-only-in-tcp warns)', version: '3.0', code: cfg('backend l', '    mode log', '    balance uri', '    server s1 udp@10.0.0.1:514', 'backend m', '    mode log', '    balance hdr(host)', '    server s1 udp@10.0.0.1:514') },
    { name: 'unix datagram servers are datagram ones', version: '2.9', code: cfg('backend l', '    mode log', '    server s1 uxdg@/dev/log', '    server s2 udp@10.0.0.1:514') },
    { name: 'other backends may mix and use any algorithm', version: '3.0', code: cfg('backend b', '    mode tcp', '    balance leastconn', '    server s1 udp@10.0.0.1:514', '    server s2 10.0.0.2:514') },
  ],
  invalid: [
    {
      version: '3.0',
      code: cfg('backend l', '    mode log', '    balance leastconn', '    server s1 udp@10.0.0.1:514', '    server s2 10.0.0.2:514'),
      errors: [
        { messageId: 'balance', message: "log backend 'l' cannot balance with 'leastconn': use roundrobin, random, sticky or log-hash", line: 3, column: 13, endLine: 3, endColumn: 22 },
        { messageId: 'mixed', message: "log backend 'l' cannot mix server types: 's2' is a TCP server, the first one ('s1') is not", line: 5, column: 15, endLine: 5, endColumn: 27 },
      ],
    },
    {
      name: "log-hash with a consistent hash, inherited from defaults",
      version: '2.9',
      code: cfg('defaults', '    hash-type consistent', 'backend l', '    mode log', '    balance log-hash lower', '    server s1 udp@10.0.0.1:514'),
      errors: [{ messageId: 'hashType', message: "log backend 'l' balances with 'log-hash', which only supports a map-based hash: HAProxy refuses 'hash-type consistent'", line: 2, column: 15, endLine: 2, endColumn: 25 }],
    },
    {
      name: 'unix datagram and unix stream servers mixed',
      version: '2.9',
      code: cfg('backend n', '    mode log', '    server s1 uxdg@/dev/log', '    server s2 unix@/tmp/x'),
      errors: [{ message: "log backend 'n' cannot mix server types: 's2' is a unix stream server, the first one ('s1') is not", line: 4, column: 15, endLine: 4, endColumn: 26 }],
    },
    {
      name: 'an algorithm inherited from defaults is reported there',
      version: '3.2',
      code: cfg('defaults', '    balance source', 'backend l', '    mode log', '    server s1 udp@10.0.0.1:514'),
      errors: [{ messageId: 'balance', line: 2, column: 13, endLine: 2, endColumn: 19 }],
    },
  ],
});
