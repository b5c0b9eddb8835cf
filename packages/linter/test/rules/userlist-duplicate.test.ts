import rule from '../../src/rules/userlist-duplicate.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ code: cfg('userlist admins', '  group ops', '  user alice password $6$x groups ops', '  user bob password $6$y', 'userlist other', '  user alice password $6$z') }],
  invalid: [
    {
      // haproxy 2.6: "ignoring duplicated userlist 'admins'".
      code: cfg('userlist admins', '  user alice password $6$x', 'userlist admins', '  user bob password $6$y'),
      errors: [{ messageId: 'section', message: "userlist 'admins' is declared again: HAProxy ignores this one and keeps the one at line 1, so the users below are unknown", line: 3, column: 10, endLine: 3, endColumn: 16 }],
    },
    {
      name: 'users and groups declared twice',
      code: cfg('userlist admins', '  group ops', '  group ops', '  user alice password $6$x', '  user alice password $6$y'),
      errors: [
        { messageId: 'entry', line: 3, column: 9, endLine: 3, endColumn: 12 },
        { messageId: 'entry', line: 5, column: 8, endLine: 5, endColumn: 13 },
      ],
    },
  ],
});
