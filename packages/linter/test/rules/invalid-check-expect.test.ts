import rule from '../../src/rules/invalid-check-expect.js';
import { cfg, ruleTester } from '../rule-tester.js';

const backend = (...lines: string[]): string => cfg('backend b', '    option httpchk', ...lines.map((l) => `    ${l}`), '    server s 127.0.0.1:80 check');

ruleTester(rule, {
  valid: [
    { code: backend('http-check expect status 200-399,404', 'http-check expect ! status 500', 'http-check expect !rstring ^err', 'http-check expect min-recv 10 string ok comment "body ok"', 'http-check expect hdr name -m beg x- value -m sub bar', 'http-check expect fhdr name-lf x-%[var(check.h)]', 'http-check expect status 200 ok-status l7okc error-status L7STS tout-status L4TOUT') },
    { code: backend('tcp-check expect string +OK', 'tcp-check expect binary 00ff', 'tcp-check expect rbinary ^00', 'tcp-check expect min-recv 4 binary-lf %[var(check.x)]', 'tcp-check expect string-lf x on-success "up" on-error "down"') },
    { name: 'other check actions are left alone', code: backend('http-check send meth GET') },
  ],
  invalid: [
    {
      code: backend('http-check expect', 'tcp-check expect', 'http-check expect comment x', 'http-check expect status 200 string x', 'http-check expect foo bar', 'tcp-check expect status 200'),
      errors: [
        { messageId: 'empty', message: "'http-check expect' needs a matcher and its pattern (string, rstring, string-lf, status, rstatus, hdr, fhdr)", line: 3, column: 16, endLine: 3, endColumn: 22 },
        { messageId: 'empty', line: 4, column: 15, endLine: 4, endColumn: 21 },
        { messageId: 'noMatcher', line: 5, column: 16, endLine: 5, endColumn: 22 },
        { messageId: 'twoMatchers', line: 6, column: 34, endLine: 6, endColumn: 40 },
        { messageId: 'unknown', line: 7, column: 23, endLine: 7, endColumn: 26 },
        { messageId: 'unknown', line: 8, column: 22, endLine: 8, endColumn: 28 },
      ],
    },
    {
      name: 'values',
      code: backend('http-check expect status 399-200', 'http-check expect status 2xx', 'tcp-check expect binary 0a0', 'tcp-check expect string', 'http-check expect min-recv -2 status 200', 'http-check expect status 200 ok-status foo', 'http-check expect ! comment x', 'http-check expect status 200 comment'),
      errors: [
        { messageId: 'statusCodes', line: 3, column: 30, endLine: 3, endColumn: 37 },
        { messageId: 'statusCodes', line: 4, column: 30, endLine: 4, endColumn: 33 },
        { messageId: 'binary', line: 5, column: 29, endLine: 5, endColumn: 32 },
        { messageId: 'noPattern', line: 6, column: 22, endLine: 6, endColumn: 28 },
        { messageId: 'minRecv', line: 7, column: 32, endLine: 7, endColumn: 34 },
        { messageId: 'status', message: "'ok-status' takes L7OK, L7OKC, L6OK, L4OK, not 'foo'", line: 8, column: 44, endLine: 8, endColumn: 47 },
        { messageId: 'negated', line: 9, column: 25, endLine: 9, endColumn: 32 },
        { messageId: 'noValue', line: 10, column: 34, endLine: 10, endColumn: 41 },
      ],
    },
    {
      name: 'header matchers',
      code: backend('http-check expect hdr x-foo', 'http-check expect hdr name -m bogus x', 'http-check expect fhdr name-lf -m reg x', 'http-check expect hdr name x value'),
      errors: [
        { messageId: 'hdrName', line: 3, column: 23, endLine: 3, endColumn: 26 },
        { messageId: 'method', line: 4, column: 35, endLine: 4, endColumn: 40 },
        { messageId: 'lfRegex', line: 5, column: 39, endLine: 5, endColumn: 42 },
        { messageId: 'noPattern', line: 6, column: 34, endLine: 6, endColumn: 39 },
      ],
    },
    {
      // haproxy 2.6: 'status' expects a <pattern> as argument
      name: 'a pattern that expands to nothing',
      code: cfg('backend b', '  option httpchk', '  http-check expect status "${CODE}"', '  server s 10.0.0.1:80 check'),
      errors: [{ messageId: 'noPattern', line: 3, column: 21, endLine: 3, endColumn: 27 }],
    },
    {
      // haproxy 2.6: 'http-check expect' : expects at least a matching pattern as arguments (the unset variable is an empty word)
      name: 'a whole expect rule from an unset variable',
      code: backend('http-check send meth GET', 'http-check expect "${EXPECT}"'),
      errors: [{ messageId: 'empty', line: 4, column: 16, endLine: 4, endColumn: 22 }],
    },
  ],
});
