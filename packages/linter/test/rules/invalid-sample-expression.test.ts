import rule from '../../src/rules/invalid-sample-expression.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'an environment variable inside double quotes is expanded first', code: cfg('frontend f', '    http-request set-var(txn.x) "$FETCH"', '    http-request set-header x "%[${FETCH}]"'), env: { FETCH: 'path' } },
    {
      // haproxy 2.6 skips repeated commas, and trailing ones at the end of a word.
      code: cfg('frontend f', '    acl a path,,lower -m found', '    acl b path,lower, -m found', '    http-request set-header x %[path,,lower]', '    http-request set-var(txn.x) path,lower()'),
    },
    { name: 'quotes the tokenizer keeps protect parentheses', code: cfg('frontend f', '    http-request set-var(txn.x) "path,regsub(\'^/(a|b)/\',/)"') },
  ],
  invalid: [
    {
      code: cfg(
        'frontend f',
        '    acl a ,lower -m found',
        '    acl b req.hdr(host)x -m found',
        '    http-request set-var(txn.x) path,lower(',
        '    http-request set-header x %[path,,lower,]',
        '    http-request set-var(txn.y) req.hdr(host),lower)',
        // The argument list ends at the first ')': the rest of the regex follows it.
        '    http-request set-var(txn.z) path,regsub(^/(a|b)/,/)',
      ),
      errors: [
        { messageId: 'invalid', message: "sample expression ',lower': missing fetch name; HAProxy refuses the line", line: 2, column: 11, endLine: 2, endColumn: 17 },
        { messageId: 'invalid', message: "sample expression 'req.hdr(host)x': missing comma after 'req.hdr(host)' (found 'x'); HAProxy refuses the line", line: 3, column: 11, endLine: 3, endColumn: 25 },
        { messageId: 'invalid', message: "sample expression 'path,lower(': missing closing parenthesis after 'lower('; HAProxy refuses the line", line: 4, column: 33, endLine: 4, endColumn: 44 },
        { messageId: 'invalid', message: "sample expression 'path,,lower,': empty converter name; HAProxy refuses the line", line: 5, column: 33, endLine: 5, endColumn: 45 },
        { messageId: 'invalid', line: 6, column: 33, endLine: 6, endColumn: 53 },
        { messageId: 'invalid', message: "sample expression 'path,regsub(^/(a|b)/,/)': missing comma after 'regsub(^/(a|b)' (found '/'); HAProxy refuses the line", line: 7, column: 33, endLine: 7, endColumn: 56 },
      ],
    },
    {
      name: 'an unquoted $VAR is not expanded: no fetch name',
      code: cfg('frontend f', '    http-request set-var(txn.x) $FETCH', '    http-request set-header x %[$FETCH]', 'backend b', '    option tcp-check', '    tcp-check connect port ${PORT}'),
      env: { FETCH: 'path', PORT: '80' },
      errors: [
        { messageId: 'invalid', message: "sample expression '$FETCH': missing fetch name (environment variables are expanded only inside double quotes); HAProxy refuses the line", line: 2, column: 33, endLine: 2, endColumn: 39 },
        { messageId: 'invalid', line: 3, column: 33, endLine: 3, endColumn: 39 },
        { messageId: 'invalid', line: 6, column: 28, endLine: 6, endColumn: 35 },
      ],
    },
  ],
});
