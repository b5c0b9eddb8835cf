import rule from '../../src/rules/log-mode-mismatch.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'a log backend with log balancing', version: '3.0', code: cfg('backend l', '    mode log', '    balance log-hash lower', '    server s1 udp@10.0.0.1:514') },
    { name: 'traffic settings outside log backends', version: '3.0', code: cfg('backend b', '    mode tcp', '    tcp-request content accept', '    stick-table type ip size 1k', '    stick on src', '    server s1 10.0.0.1:80') },
    { name: 'dynamic-cookie-key is not copied from defaults', version: '3.0', code: cfg('defaults', '    dynamic-cookie-key abc', 'backend l', '    mode log', '    server s1 udp@10.0.0.1:514') },
    { name: 'log-only balance in a defaults section is judged in the backends that use it', version: '3.0', code: cfg('defaults', '    balance sticky', 'backend l', '    mode log', '    server s1 udp@10.0.0.1:514') },
    { name: 'a frontend does not balance', version: '3.0', code: cfg('defaults', '    balance sticky', 'frontend f', '    bind :80') },
    { name: 'before 2.9 there are no log backends', version: '2.8', code: cfg('backend b', '    balance sticky', '    server s1 10.0.0.1:80') },
  ],
  invalid: [
    {
      name: 'traffic settings in a log backend',
      version: '2.9',
      code: cfg('backend l', '    mode log', '    tcp-request content accept', '    tcp-response content accept', '    stick-table type ip size 1k', '    stick on src', '    use-server s1 if TRUE', '    dynamic-cookie-key abc', '    http-send-name-header X-Srv', '    server s1 udp@10.0.0.1:514'),
      errors: [
        { message: "HAProxy ignores 'tcp-request' rules in log backend 'l'", line: 3, column: 5, endLine: 3, endColumn: 31 },
        { message: "HAProxy ignores 'tcp-response' rules in log backend 'l'", line: 4, column: 5, endLine: 4, endColumn: 32 },
        { message: "HAProxy ignores stick tables in log backend 'l'", line: 5, column: 5, endLine: 5, endColumn: 32 },
        { message: "HAProxy ignores sticking rules in log backend 'l'", line: 6, column: 5, endLine: 6, endColumn: 17 },
        { message: "HAProxy ignores 'use-server' rules in log backend 'l'", line: 7, column: 5, endLine: 7, endColumn: 26 },
        { message: "HAProxy ignores 'dynamic-cookie-key' in log backend 'l'", line: 8, column: 5, endLine: 8, endColumn: 27 },
        { messageId: 'setting', message: "HAProxy ignores 'http-send-name-header' in log backend 'l'", line: 9, column: 5, endLine: 9, endColumn: 32 },
      ],
    },
    {
      name: 'http-send-name-header from the defaults section is reported at the log backend',
      version: '3.2',
      code: cfg('defaults', '    http-send-name-header X-Srv', 'backend l', '    mode log', '    server s1 udp@10.0.0.1:514'),
      errors: [{ messageId: 'setting', line: 3, column: 9, endLine: 3, endColumn: 10 }],
    },
    {
      name: 'log-only balance outside a log backend, own or inherited',
      version: '3.0',
      code: cfg('defaults', '    balance sticky', 'backend b', '    mode http', '    server s1 10.0.0.1:80', 'listen t', '    bind :8080', '    balance log-hash lower', '    server s1 10.0.0.1:80'),
      errors: [
        { message: "'balance sticky' needs 'mode log', but backend 'b' is in mode http: HAProxy falls back to round robin", line: 3, column: 9, endLine: 3, endColumn: 10 },
        { message: "'balance log-hash' needs 'mode log', but listen 't' is in mode tcp: HAProxy falls back to round robin", line: 8, column: 5, endLine: 8, endColumn: 27 },
      ],
    },
  ],
});
