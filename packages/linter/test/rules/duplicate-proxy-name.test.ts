import rule from '../../src/rules/duplicate-proxy-name.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'up to 3.2 a frontend and a backend may share a name', code: cfg('frontend web', '    bind :80', 'backend web', 'defaults d', 'defaults d'), version: '3.2' },
    { name: 'up to 3.0 a listen after a backend is only compared with frontends', code: cfg('backend app', 'listen app', '    bind :80'), version: '3.0' },
  ],
  invalid: [
    {
      name: 'from 3.1 both capabilities of a listen are compared',
      code: cfg('backend app', 'listen app', '    bind :80'),
      version: '3.1',
      errors: [{ messageId: 'duplicate', message: "listen 'app' has the same name as backend 'app' declared at line 1", line: 2, column: 8, endLine: 2, endColumn: 11 }],
    },
    {
      name: 'from 3.3 any shared name is refused, named defaults included',
      code: cfg('frontend web', '    bind :80', 'backend web', 'defaults web'),
      version: '3.3',
      errors: [
        { messageId: 'shared', message: "backend 'web' has the same name as frontend 'web' declared at line 1: HAProxy refuses this from 3.3; rename one or the other", line: 3, column: 9, endLine: 3, endColumn: 12 },
        { messageId: 'shared', message: "defaults 'web' has the same name as frontend 'web' declared at line 1: HAProxy refuses this from 3.3; rename one or the other", line: 4, column: 10, endLine: 4, endColumn: 13 },
      ],
    },
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
