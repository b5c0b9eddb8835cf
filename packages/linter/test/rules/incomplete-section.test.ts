import rule from '../../src/rules/incomplete-section.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("fcgi-app php", "    docroot /var/www/html") },
    { code: cfg("cache c", "    total-max-size 4") },
  ],
  invalid: [
    {
      name: "fcgi-app",
      code: cfg("fcgi-app php", "    index index.php"),
      errors: [{ messageId: "docroot", line: 1, column: 10, endLine: 1, endColumn: 13 }],
    },
    {
      name: "cache",
      code: cfg("cache c", "    max-age 60"),
      errors: [{ messageId: "size", line: 1, column: 7, endLine: 1, endColumn: 8 }],
    },
  ],
});
