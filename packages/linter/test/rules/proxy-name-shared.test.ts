import rule from '../../src/rules/proxy-name-shared.js';
import { cfg, ruleTester } from '../rule-tester.js';

const FE_BE = cfg('frontend web', '    bind :80', '    default_backend web', 'backend web', '    server s1 10.0.0.1:80');

ruleTester(rule, {
  valid: [
    { name: 'up to 3.0 HAProxy says nothing', code: FE_BE, version: '3.0' },
    { name: 'from 3.3 it is an error (duplicate-proxy-name)', code: FE_BE, version: '3.3' },
    { name: 'defaults sections may replace each other', code: cfg('defaults d', '    mode http', 'defaults d', '    mode tcp'), version: '3.2' },
  ],
  invalid: [
    {
      code: FE_BE,
      version: '3.1',
      errors: [{ messageId: 'shared', message: "backend 'web' has the same name as frontend 'web' declared at line 1: HAProxy 3.3 and later refuse this; rename one or the other", line: 4, column: 9, endLine: 4, endColumn: 12 }],
    },
    {
      name: 'a proxy named like a named defaults section, and the reverse',
      code: cfg('defaults base', '    mode http', 'backend base', '    server s1 10.0.0.1:80', 'defaults web', 'frontend web', '    bind :80'),
      version: '3.2',
      errors: [
        { messageId: 'shared', message: "backend 'base' has the same name as defaults 'base' declared at line 1: HAProxy 3.3 and later refuse this; rename one or the other", line: 3, column: 9, endLine: 3, endColumn: 13 },
        { messageId: 'shared', line: 6, column: 10, endLine: 6, endColumn: 13 },
      ],
    },
  ],
});
