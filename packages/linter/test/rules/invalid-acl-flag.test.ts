import rule from '../../src/rules/invalid-acl-flag.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('frontend f', '    acl a hdr(x) -i -m beg a', '    acl b src -n -f /etc/haproxy/a.lst', '    acl c hdr(x) -m str -m beg a', '    acl d hdr(x) -u 5 a', '    acl e src -M -f /etc/haproxy/b.map') },
    { name: "patterns starting with '-' after '--'", code: cfg('frontend f', '    acl a hdr(x) -i -- -a -b', '    acl b status -m int -- -5') },
    {
      name: 'ACL keywords bring their match method; other expressions get one from their type, or from -m',
      code: cfg('frontend f', '    acl a payload(0,1) 16', '    acl b method GET', '    acl c src,ipmask(24) 10.0.0.0', '    acl d req.body -m sub x', '    acl e var(txn.x) -M -m str -f /etc/haproxy/m.map', '    acl f var(txn.x),lower foo', '    acl g req.ssl_ver 3'),
    },
    { name: "'regm', which HAProxy's method table also holds", code: cfg('frontend f', '    acl a hdr(x) -m regm ^a') },
  ],
  invalid: [
    {
      name: 'binary and untyped samples need -m before their patterns or file',
      code: cfg('frontend f', '    acl a req.payload(0,1) 16', '    acl b var(txn.x)', '    acl c var(txn.x) -i -f /etc/haproxy/x.lst', '    http-request deny if { meth GET }'),
      errors: [
        { messageId: 'noMatch', message: "ACL on 'req.payload(0,1)' needs a match method: HAProxy picks none for binary samples; add '-m' (e.g. '-m bin') before the patterns", line: 2, column: 11, endLine: 2, endColumn: 27 },
        { messageId: 'noMatch', message: "ACL on 'var(txn.x)' needs a match method: HAProxy picks none for a sample of any type (a variable); add '-m' (e.g. '-m str') before the patterns", line: 3, column: 11, endLine: 3, endColumn: 21 },
        { messageId: 'noMatch', line: 4, column: 11, endLine: 4, endColumn: 21 },
        { messageId: 'noMatch', line: 5, column: 28, endLine: 5, endColumn: 32 },
      ],
    },
    {
      // haproxy 2.6: "'-x' is not a valid ACL option", "unknown matching method 'foo'", "'-m' must only be specified before
      // patterns and files", "the argument of -u must be an integer", "the id is already used", "failed to open pattern file <>"
      code: cfg('frontend f', '    acl a hdr(x) -x a', '    acl b path -5', '    acl c hdr(x) -m foo a', '    acl d src -f /etc/haproxy/a.lst -m ip', '    acl e hdr(x) -u x a', '    acl g hdr(x) -u 7 a', '    http-request deny if { hdr(y) -u 7 b }', '    acl h hdr(x) -f'),
      errors: [
        { messageId: 'unknown', message: "'-x' is not an ACL flag (-i, -n, -m, -f, -M, -u, --): write '--' before a pattern that starts with '-'", line: 2, column: 18, endLine: 2, endColumn: 20 },
        { messageId: 'unknown', line: 3, column: 16, endLine: 3, endColumn: 18 },
        { messageId: 'method', message: "unknown match method 'foo' after '-m' (found, bool, int, ip, bin, len, str, sub, reg, beg, end, dir, dom)", line: 4, column: 21, endLine: 4, endColumn: 24 },
        { messageId: 'methodAfterFile', line: 5, column: 37, endLine: 5, endColumn: 39 },
        { messageId: 'uniqueId', message: "the argument of '-u' must be an integer, not 'x'", line: 6, column: 21, endLine: 6, endColumn: 22 },
        { messageId: 'uniqueIdUsed', message: "ACL id 7 is already used by the ACL at line 7: '-u' ids must be unique", line: 8, column: 38, endLine: 8, endColumn: 39 },
        { messageId: 'file', line: 9, column: 18, endLine: 9, endColumn: 20 },
      ],
    },
  ],
});
