import rule from '../../src/rules/invalid-cookie.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('backend b', '    cookie SRV insert indirect nocache maxidle 1ms maxlife 2h domain .example.com attr SameSite=Lax httponly secure dynamic preserve postonly', '    server s 127.0.0.1:80 cookie s1') },
    { code: cfg('defaults', '    cookie SRV prefix', 'backend b', '    cookie SRV rewrite', '    no cookie') },
    { name: 'values from the environment are not checked', code: cfg('backend b', '    cookie SRV "${COOKIE_OPTS}"') },
  ],
  invalid: [
    {
      code: cfg('backend b', '    cookie SRV bogus', '    cookie SRV maxidle 5x', '    cookie SRV maxlife 30000d', '    cookie SRV domain a/b', '    cookie SRV attr "a;b"', '    cookie SRV insert maxidle'),
      errors: [
        { messageId: 'unknown', line: 2, column: 16, endLine: 2, endColumn: 21 },
        { messageId: 'timeChar', message: "unexpected character 'x' in cookie 'maxidle' value '5x' (units: us, ms, s, m, h, d; seconds by default)", line: 3, column: 24, endLine: 3, endColumn: 26 },
        { messageId: 'timeOverflow', line: 4, column: 24, endLine: 4, endColumn: 30 },
        { messageId: 'domainChar', message: "character '/' is not allowed in cookie domain 'a/b' (letters, digits, '.', '-' and '_')", line: 5, column: 23, endLine: 5, endColumn: 26 },
        { messageId: 'attrChar', line: 6, column: 21, endLine: 6, endColumn: 26 },
        { messageId: 'missingValue', message: "cookie option 'maxidle' expects <idletime> in seconds", line: 7, column: 23, endLine: 7, endColumn: 30 },
      ],
    },
    {
      name: 'incompatible modes',
      code: cfg('backend b', '    cookie SRV insert rewrite', '    cookie SRV rewrite indirect', '    cookie SRV preserve nocache', '    cookie SRV prefix insert'),
      errors: [
        { messageId: 'modes', line: 2, column: 23, endLine: 2, endColumn: 30 },
        { messageId: 'rewriteIndirect', line: 3, column: 24, endLine: 3, endColumn: 32 },
        { messageId: 'preserve', line: 4, column: 16, endLine: 4, endColumn: 24 },
        { messageId: 'modes', line: 5, column: 23, endLine: 5, endColumn: 29 },
      ],
    },
  ],
});
