import rule from '../../src/rules/invalid-variable-name.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      code: cfg('global', '    set-var proc.started int(1)', 'backend b', '    acl seen var(txn.seen) -m found', '    http-request set-var(txn.a.b,ifnotempty) str(x)', '    http-request set-var-fmt(sess.id) %[src]', '    http-response unset-var(res.x)', '    http-request set-header x %[var(req.y,def),set-var(proc.z)]', '    option httpchk', '    http-check set-var(check.port) int(80)', '    http-request set-var("${VAR}") str(x)'),
    },
    { name: 'parent-stream scopes from 3.1', version: '3.1', code: cfg('backend b', '    http-request set-var(ptxn.x) str(1)') },
  ],
  invalid: [
    {
      code: cfg('backend b', '    http-request set-var(foo) str(x)', '    http-request set-var(txn.a-b) str(x)', '    http-request set-var() str(x)', '    http-request set-var(TXN.x) str(x)', '    acl a var(x) -m found', '    http-request set-header x %[str(a),unset-var(res.)]', '    http-request set-var(ptxn.x) str(1)'),
      errors: [
        { messageId: 'scope', message: "variable name 'foo' must start with a scope and a dot, then a name (scopes: proc, sess, txn, req, res, check), e.g. 'txn.foo'", line: 2, column: 26, endLine: 2, endColumn: 29 },
        { messageId: 'char', message: "variable name 'txn.a-b' holds '-': after the scope only letters, digits, '_' and '.' are allowed", line: 3, column: 26, endLine: 3, endColumn: 33 },
        { messageId: 'empty', line: 4, column: 26, endLine: 4, endColumn: 26 },
        { messageId: 'scope', message: "variable name 'TXN.x' must start with a scope and a dot, then a name (scopes: proc, sess, txn, req, res, check)", line: 5, column: 26, endLine: 5, endColumn: 31 },
        { messageId: 'scope', line: 6, column: 15, endLine: 6, endColumn: 16 },
        { messageId: 'scope', line: 7, column: 50, endLine: 7, endColumn: 54 },
        { messageId: 'scope', line: 8, column: 26, endLine: 8, endColumn: 32 },
      ],
    },
    {
      name: 'var and set-var without a name read an empty one',
      code: cfg('backend b', '    http-request set-header x %[var]', '    http-request set-header y %[var(),set-var]'),
      errors: [
        { messageId: 'empty', message: 'a variable name cannot be empty', line: 2, column: 33, endLine: 2, endColumn: 36 },
        { messageId: 'empty', line: 3, column: 33, endLine: 3, endColumn: 38 },
        { messageId: 'empty', line: 3, column: 39, endLine: 3, endColumn: 46 },
      ],
    },
    {
      name: 'global set-var takes proc. variables only',
      code: cfg('global', '    set-var txn.x int(1)', '    set-var-fmt foo x'),
      errors: [
        { messageId: 'globalScope', line: 2, column: 13, endLine: 2, endColumn: 18 },
        { messageId: 'scope', line: 3, column: 17, endLine: 3, endColumn: 20 },
      ],
    },
    {
      // haproxy 2.6: invalid args in converter 'concat' / 'strcmp' : failed to register variable name 'txny' / 'foo'
      name: 'variable names given to converters',
      code: cfg('frontend f', '    http-request set-var(txn.x) path,concat(a,txny)', '    http-request set-var(txn.y) path,strcmp(foo)', '    http-request set-var(txn.z) path,concat(a,,b),secure_memcmp(txn.k)'),
      errors: [
        { messageId: 'scope', message: "variable name 'txny' must start with a scope and a dot, then a name (scopes: proc, sess, txn, req, res, check), e.g. 'txn.txny'", line: 2, column: 47, endLine: 2, endColumn: 51 },
        { messageId: 'scope', line: 3, column: 45, endLine: 3, endColumn: 48 },
      ],
    },
  ],
});
