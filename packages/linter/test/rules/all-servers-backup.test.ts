import rule from '../../src/rules/all-servers-backup.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('backend b', '  server a 10.0.0.1:80 check', '  server n 10.0.0.9:80 check backup') },
    { name: 'no-backup on one server', code: cfg('backend b', '  default-server backup', '  server a 10.0.0.1:80 no-backup', '  server n 10.0.0.9:80') },
  ],
  invalid: [
    {
      code: cfg('backend spare', '  server a 10.0.0.1:80 check backup', '  server n 10.0.0.9:80 check backup'),
      errors: [{ messageId: 'allBackup', message: "every server of backend 'spare' is 'backup': there is no primary to fall back from, and only the first backup gets traffic unless 'option allbackups' is set", line: 1, column: 9, endLine: 1, endColumn: 14 }],
    },
  ],
});
