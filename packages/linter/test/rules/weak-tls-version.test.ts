import rule from '../../src/rules/weak-tls-version.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("global", "    ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets", "backend b", "    server s 10.0.0.1:443 ssl ssl-min-ver TLSv1.3") },
  ],
  invalid: [
    {
      name: "global default",
      code: cfg("global", "    ssl-default-bind-options ssl-min-ver TLSv1.1"),
      errors: [{ messageId: "weak", line: 2, column: 30, endLine: 2, endColumn: 49 }],
    },
    {
      name: "forced old version",
      code: cfg("backend b", "    server s 10.0.0.1:443 ssl force-tlsv10"),
      errors: [{ messageId: "weak", line: 2, column: 31, endLine: 2, endColumn: 43 }],
    },
    {
      name: "no-tlsv12",
      code: cfg("frontend f", "    bind :443 ssl crt /x.pem no-tlsv12"),
      errors: [{ messageId: "noTls12", line: 2, column: 30, endLine: 2, endColumn: 39 }],
    },
  ],
});
