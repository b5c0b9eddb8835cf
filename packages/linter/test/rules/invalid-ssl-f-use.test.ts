import rule from '../../src/rules/invalid-ssl-f-use.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { version: '3.2', code: cfg('frontend f', '    bind :443 ssl', '    ssl-f-use crt site.pem key site.key alpn h2 no-alpn ocsp-update on verify none') },
    { name: 'ktls from 3.3, keytype from 3.4', version: '3.4', code: cfg('frontend f', '    bind :443 ssl', '    ssl-f-use crt site.pem ktls on keytype RSA') },
    { name: 'an environment value may hold any words', version: '3.2', code: cfg('frontend f', '    bind :443 ssl', '    ssl-f-use ${SSL_OPTS}') },
  ],
  invalid: [
    {
      name: 'unknown words, no crt, crt twice',
      version: '3.2',
      code: cfg('frontend f', '    bind :443 ssl', '    ssl-f-use crt a.pem tls-min TLSv1.2', '    ssl-f-use alpn h2', '    ssl-f-use crt a.pem crt b.pem', '    ssl-f-use crt a.pem ktls on'),
      errors: [
        { messageId: 'unknown', line: 3, column: 25, endLine: 3, endColumn: 32 },
        { messageId: 'noCrt', message: "'ssl-f-use' needs 'crt <file>': HAProxy has no certificate to load", line: 4, column: 5, endLine: 4, endColumn: 14 },
        { messageId: 'twice', line: 5, column: 25, endLine: 5, endColumn: 28 },
        { messageId: 'unknown', line: 6, column: 25, endLine: 6, endColumn: 29 },
      ],
    },
  ],
});
