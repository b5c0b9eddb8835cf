import rule from '../../src/rules/invalid-crt-store-load.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { version: '3.0', code: cfg('crt-store web', '    crt-base /etc/certs', '    load crt site.pem key site.key alias site ocsp-update on') },
    { name: 'acme from 3.2, keytype from 3.4', version: '3.4', code: cfg('crt-store web', '    load crt site.pem acme le domains example.com keytype RSA') },
    { name: 'an environment value may hold any words', version: '3.0', code: cfg('crt-store web', '    load ${LOAD_OPTS}') },
    { name: 'a load keyword elsewhere is not this one', version: '3.0', code: cfg('global', '    lua-load x.lua') },
  ],
  invalid: [
    {
      name: 'unknown word, no crt, alias with a slash, an option of a later release',
      version: '3.0',
      code: cfg('crt-store web', '    load crt site.pem keyfile site.key', '    load key other.key', '    load crt api.pem alias /api', '    load crt a.pem acme le'),
      errors: [
        { messageId: 'unknown', line: 2, column: 23, endLine: 2, endColumn: 30 },
        { messageId: 'noCrt', message: "'load' needs 'crt <file>': HAProxy has no certificate to load", line: 3, column: 5, endLine: 3, endColumn: 9 },
        { messageId: 'aliasSlash', line: 4, column: 28, endLine: 4, endColumn: 32 },
        { messageId: 'unknown', line: 5, column: 20, endLine: 5, endColumn: 24 },
      ],
    },
    {
      name: 'a missing value shifts the pairs',
      version: '3.4',
      code: cfg('crt-store web', '    load crt key site.key'),
      errors: [{ messageId: 'unknown', line: 2, column: 18, endLine: 2, endColumn: 26 }],
    },
  ],
});
