import rule from '../../src/rules/duplicate-proxy-name.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'a frontend and a backend may share a name', code: cfg('frontend web', '    bind :80', 'backend web', 'defaults d', 'defaults d') }],
  invalid: [
    {
      code: cfg('backend web', 'backend web'),
      errors: [{ messageId: 'duplicate', message: "backend 'web' has the same name as backend 'web' declared at line 1", line: 2, column: 9, endLine: 2, endColumn: 12 }],
    },
    {
      code: [cfg('listen app', '    bind :80'), cfg('frontend app', 'backend app')],
      errors: [
        { messageId: 'duplicate', line: 1, column: 10, endLine: 1, endColumn: 13 },
        { messageId: 'duplicate', line: 2, column: 9, endLine: 2, endColumn: 12 },
      ],
    },
  ],
});
