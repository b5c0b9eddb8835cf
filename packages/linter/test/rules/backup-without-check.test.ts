import rule from '../../src/rules/backup-without-check.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('backend b', '  server a 10.0.0.1:80 check', '  server n 10.0.0.9:80 backup') },
    { name: 'checks through default-server', code: cfg('backend b', '  default-server check', '  server a 10.0.0.1:80', '  server n 10.0.0.9:80 backup') },
  ],
  invalid: [
    {
      code: cfg('backend b', '  server a 10.0.0.1:80', '  server n1 10.0.0.8:80 check backup', '  server n2 10.0.0.9:80 backup'),
      errors: [
        { messageId: 'unused', message: "backup server 'n1' is never used: backups take over when every primary server is DOWN, but no primary server of 'b' has 'check'", line: 3, column: 31, endLine: 3, endColumn: 37 },
        { messageId: 'unused', line: 4, column: 25, endLine: 4, endColumn: 31 },
      ],
    },
  ],
});
