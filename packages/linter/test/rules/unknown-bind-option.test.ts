import rule from '../../src/rules/unknown-bind-option.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'stats socket bind options', code: cfg('global', '    stats socket ipv4@127.0.0.1:9999 level operator severity-output string accept-proxy') },
    { code: cfg('frontend f', '    bind :443 ssl crt /etc/ssl/site.pem alpn h2,http/1.1') },
    { code: cfg('peers p', '    default-bind ssl crt /etc/ssl/peers.pem', '    default-server ssl verify none', '    peer a 10.0.0.1:10000') },
  ],
  invalid: [
    {
      name: "a global 'stats socket' reads bind options after its address",
      code: cfg('global', '    stats socket /run/h.sock mode 600 leevl admin'),
      errors: [{ messageId: 'unknown', message: "'stats socket': unknown keyword 'leevl'; did you mean 'level' maybe ?", line: 2, column: 39, endLine: 2, endColumn: 44 }],
    },
    {
      code: cfg('frontend f', '    bind :443 ssl crt /x.pem no-alpn', '    bind :80 accept-proxyy'),
      errors: [
        { messageId: 'newer', line: 2, column: 30, endLine: 2, endColumn: 37 },
        { messageId: 'unknown', message: "'bind :80': unknown keyword 'accept-proxyy'; did you mean 'accept-proxy' maybe ?", line: 3, column: 14, endLine: 3, endColumn: 27 },
      ],
    },
    {
      name: "a peers section's default-bind",
      code: cfg('peers p', '    default-bind ssl crtt /x.pem', '    peer a 10.0.0.1:10000'),
      errors: [{ messageId: 'unknown', message: "'default-bind': unknown keyword 'crtt'; did you mean 'crt' maybe ?", line: 2, column: 22, endLine: 2, endColumn: 26 }],
    },
  ],
});
