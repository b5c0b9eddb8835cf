import rule from '../../src/rules/email-alert-incomplete.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('mailers mta', '  mailer smtp1 10.0.0.25:25', 'backend b', '  email-alert mailers mta', '  email-alert from lb@example.com', '  email-alert to ops@example.com', '  server s 10.0.0.1:80 check') },
    { name: 'completed from the defaults section', code: cfg('mailers mta', '  mailer smtp1 10.0.0.25:25', 'defaults', '  email-alert mailers mta', '  email-alert from lb@example.com', 'backend b', '  email-alert to ops@example.com', '  server s 10.0.0.1:80 check') },
  ],
  invalid: [
    {
      // haproxy 2.6: "'email-alert' will be ignored for backend 'b' (… requires each of 'email-alert from', 'email-alert mailers' and 'email-alert to' …)".
      code: cfg('mailers mta', '  mailer smtp1 10.0.0.25:25', 'backend b', '  email-alert mailers mta', '  email-alert to ops@example.com', '  server s 10.0.0.1:80 check'),
      errors: [{ messageId: 'incomplete', message: "backend 'b' sets 'email-alert' but lacks 'email-alert from': HAProxy ignores its email alerts (it needs 'email-alert from', 'mailers' and 'to')", line: 4, column: 3, endLine: 4, endColumn: 26 }],
    },
  ],
});
