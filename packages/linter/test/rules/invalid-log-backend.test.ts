import rule from '../../src/rules/invalid-log-backend.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'UDP servers only, a log algorithm', version: '3.0', code: cfg('backend l', '    mode log', '    balance log-hash ipmask(24)', '    server s1 udp@10.0.0.1:514', '    server s2 udp4@10.0.0.2:514') },
    { name: 'TCP servers only, with or without prefix, inherited roundrobin', version: '3.0', code: cfg('defaults', '    balance roundrobin', 'backend l', '    mode log', '    server s1 tcp@10.0.0.1:514', '    server s2 10.0.0.2:514') },
    { name: '2.9 does not check the algorithm', version: '2.9', code: cfg('backend l', '    mode log', '    balance leastconn', '    server s1 udp@10.0.0.1:514') },
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
      name: 'an algorithm inherited from defaults is reported there',
      version: '3.2',
      code: cfg('defaults', '    balance source', 'backend l', '    mode log', '    server s1 udp@10.0.0.1:514'),
      errors: [{ messageId: 'balance', line: 2, column: 13, endLine: 2, endColumn: 19 }],
    },
  ],
});
