import rule from '../../src/rules/invalid-ssl-default-options.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('global', '    ssl-default-bind-options no-sslv3 no-tls-tickets prefer-client-ciphers ssl-min-ver TLSv1.2', '    ssl-default-server-options force-tlsv12 ssl-max-ver TLSv1.3') },
    { name: 'options added in 3.2 and 3.3', version: '3.3', code: cfg('global', '    ssl-default-bind-options strict-sni tls-tickets', '    ssl-default-server-options no-renegotiate') },
  ],
  invalid: [
    {
      code: cfg('global', '    ssl-default-bind-options no-sslv3 bogus', '    ssl-default-bind-options ssl-min-ver TLSv1.4', '    ssl-default-server-options prefer-client-ciphers', '    ssl-default-bind-options strict-sni', '    ssl-default-server-options ssl-max-ver'),
      errors: [
        { messageId: 'unknown', message: "'ssl-default-bind-options' does not know the option 'bogus' in HAProxy 2.6 (no-tls-tickets, prefer-client-ciphers, no-<method>, force-<method>, ssl-min-ver, ssl-max-ver)", line: 2, column: 39, endLine: 2, endColumn: 44 },
        { messageId: 'version', message: "'ssl-min-ver' takes one of SSLv3, TLSv1.0, TLSv1.1, TLSv1.2, TLSv1.3 (got 'TLSv1.4')", line: 3, column: 42, endLine: 3, endColumn: 49 },
        { messageId: 'unknown', line: 4, column: 32, endLine: 4, endColumn: 53 },
        { messageId: 'unknown', line: 5, column: 30, endLine: 5, endColumn: 40 },
        { messageId: 'version', line: 6, column: 32, endLine: 6, endColumn: 43 },
      ],
    },
  ],
});
