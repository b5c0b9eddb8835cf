import rule from '../../src/rules/unused-mailers.js';
import { cfg, ruleTester } from '../rule-tester.js';

const mailers = ['mailers mta', '    mailer smtp1 127.0.0.1:25'];

ruleTester(rule, {
  valid: [
    { code: cfg(...mailers, 'backend b', '    email-alert mailers mta', '    email-alert from a@example.com', '    email-alert to ops@example.com', '    server s 127.0.0.1:80') },
    { name: 'settings from the defaults section', code: cfg(...mailers, 'defaults', '    email-alert mailers mta', '    email-alert from a@example.com', 'backend b', '    email-alert to ops@example.com', '    server s 127.0.0.1:80') },
  ],
  invalid: [
    {
      code: cfg(...mailers, 'backend b', '    server s 127.0.0.1:80'),
      errors: [{ messageId: 'unused', message: "mailers section 'mta' is removed by HAProxy: no proxy sends email alerts through it ('email-alert mailers mta' with 'email-alert from' and 'email-alert to')", line: 1, column: 9, endLine: 1, endColumn: 12 }],
    },
    {
      name: 'an incomplete email alert does not use it',
      code: cfg(...mailers, 'backend b', '    email-alert mailers mta', '    email-alert to ops@example.com', '    server s 127.0.0.1:80'),
      errors: [{ messageId: 'unused', line: 1, column: 9, endLine: 1, endColumn: 12 }],
    },
  ],
});
