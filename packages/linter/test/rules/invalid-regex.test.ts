import rule from '../../src/rules/invalid-regex.js';
import { cfg, ruleTester } from '../rule-tester.js';

const E = (line: number, column: number, endColumn: number) => ({ messageId: 'invalid', line, column, endLine: line, endColumn });

ruleTester(rule, {
  valid: [
    {
      code: cfg(
        'frontend f',
        '    acl a path_reg ^/api(/|$) [[:alpha:]]+ \\d{2,3} (?i)x a{,3} (?<n>a)\\k<n> (?<=ab|c)d',
        '    acl b hdr(host) -m reg -i ^(www\\.)?example\\.com$',
        // regm (map lookups) keeps captures: \1 has a group to refer to.
        '    acl c path -m regm (a)\\1',
        '    http-request replace-path ^/old(/.*) /new\\1',
        '    http-request set-var(txn.x) path,regsub(\\(,x)',
        // Quotes HAProxy's tokenizer keeps protect the parentheses of a regsub() argument.
        '    http-request set-var(txn.y) "path,regsub(\'^/(a|b)/\',/)"',
      ),
    },
    { name: 'a pattern from the environment is only known at startup', code: cfg('frontend f', '    acl a path_reg "${RE}("') },
    { name: 'files are not read', code: cfg('frontend f', '    acl a path_reg -f /etc/haproxy/re.lst') },
    { name: 'what later PCRE2 releases accept is left alone', code: cfg('frontend f', '    acl a path_reg (?<=a?)b (?a)x') },
  ],
  invalid: [
    {
      // haproxy 2.6 (PCRE2 10.42) refuses each of these lines.
      code: cfg(
        'frontend f',
        '    acl a path_reg ^/api(/|$',
        '    acl b hdr(host) -m reg -i *.example.com',
        '    http-request replace-path (a)\\2 \\1',
        '    http-request replace-header X-A (a[) \\1',
        '    http-request del-header x-( -m reg',
        '    http-request set-var(txn.x) path,regsub(a(,x)',
        '    use_backend b if { path_end -m reg x) }',
        'backend b',
        '    http-check expect rstring *oops',
        '    http-check expect hdr name -m reg x( value -m reg y[',
        '    tcp-check expect rbinary (a)\\1',
        'fcgi-app php',
        '    path-info ^(/.+\\.php)(/.*?$',
      ),
      errors: [
        { ...E(2, 20, 29), message: "regex '^/api(/|$' is invalid: missing closing parenthesis (at offset 9); HAProxy refuses the line" },
        { ...E(3, 31, 44), message: "regex '*.example.com' is invalid: quantifier does not follow a repeatable item (at offset 0); HAProxy refuses the line" },
        { ...E(4, 31, 36), message: "regex '(a)\\2' is invalid: reference to non-existent subpattern (at offset 4); HAProxy refuses the line" },
        E(5, 37, 41),
        E(6, 29, 32),
        E(7, 45, 47),
        E(8, 40, 42),
        E(10, 31, 36),
        E(11, 39, 41),
        E(11, 55, 57),
        // Health-check regexes compile without captures: \1 refers to nothing.
        E(12, 30, 35),
        E(14, 15, 32),
      ],
    },
    {
      // haproxy 2.6: missing regex in arg 1 of conversion keyword 'regsub'; invalid regex flag 'x', only 'i' and 'g' are supported
      name: 'regsub() with an empty regex or an unknown flag',
      code: cfg('frontend f', '    http-request set-var(txn.x) path,regsub(,x)', '    http-request set-var(txn.y) path,regsub(a,b,gx)'),
      errors: [
        { messageId: 'empty', message: "argument 1 of 'regsub' is an empty regex: HAProxy refuses the line (missing regex)", line: 2, column: 38, endLine: 2, endColumn: 44 },
        { messageId: 'flag', message: "regsub() flag 'x' is unknown: only 'i' (ignore case) and 'g' (every match) are supported", line: 3, column: 49, endLine: 3, endColumn: 51 },
      ],
    },
  ],
});
