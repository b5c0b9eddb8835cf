import rule from '../../src/rules/global-setting-repeated.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('global', '    crt-base /etc/haproxy/certs', '    ca-base /etc/ssl/certs', '    maxconn 100') },
    { name: 'key-base is a 3.0 keyword: repeated on 2.6 it is unknown-keyword’s', code: cfg('global', '    key-base /k', '    key-base /k') },
  ],
  invalid: [
    {
      code: cfg('global', '    crt-base /etc/haproxy/certs', '    ca-base /etc/ssl/certs', '    crt-base /etc/haproxy/certs'),
      errors: [{ messageId: 'repeated', message: "'crt-base' already specified at line 2: HAProxy accepts it once; keep one line", line: 4, column: 5, endLine: 4, endColumn: 13 }],
    },
    {
      name: 'in a second global section',
      code: cfg('global', '    ca-base /a', 'defaults', '    mode http', 'global', '    ca-base /b'),
      errors: [{ messageId: 'repeated', line: 6, column: 5, endLine: 6, endColumn: 12 }],
    },
    {
      name: 'in another file, named with its line',
      code: [cfg('global', '    crt-base /a'), cfg('global', '    crt-base /b')],
      errors: [{ messageId: 'repeated', message: "'crt-base' already specified at line f0.cfg:2: HAProxy accepts it once; keep one line", line: 2, column: 5, endLine: 2, endColumn: 13 }],
    },
    {
      name: 'key-base from 3.0',
      version: '3.0',
      code: cfg('global', '    key-base /k', '    key-base /k'),
      errors: [{ messageId: 'repeated', line: 3, column: 5, endLine: 3, endColumn: 13 }],
    },
  ],
});
