import rule from '../../src/rules/unknown-keyword.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'HAProxy defines HAPROXY_LOCALPEER itself: the .else branch is skipped', code: cfg('global', '.if defined(HAPROXY_LOCALPEER)', '    maxconn 100', '.else', '    nosuchkeyword', '.endif') },
    { code: cfg('global', '    maxconn 100', '    no numa-cpu-mapping', 'frontend f', '    bind :80', '    use_backend b if { path /x }', 'backend b', '    http-check set-var(check.x) str(a)') },
    { name: 'option/timeout names are left to their own rules', code: cfg('defaults', '    option nosuch', '    timeout nosuch 1s') },
    { name: "a ring's timeout names other than connect/server are ignored by HAProxy", code: cfg('ring r', '    timeout client 5s') },
    { name: 'keywords inside a skipped .if branch', code: cfg('global', '.if version_atleast(9.0)', '    no-such-keyword on', '.endif') },
  ],
  invalid: [
    {
      name: "'crt' alone is no proxy keyword, though the 3.2+ keyword matrix lists it (it belongs to ssl-f-use lines)",
      version: '3.2',
      code: cfg('frontend f', '    bind :80', '    crt /etc/haproxy/site.pem'),
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 8 }],
    },
    {
      name: 'a parenthesis makes another word (only check actions carry arguments in their name)',
      code: cfg('backend b', '    balance( roundrobin', '    timeout(x) connect 4s', '    http-check set-var(check.x) int(1)'),
      errors: [
        { messageId: 'unknown', message: "unknown keyword 'balance(' in 'backend' section; did you mean 'balance' maybe ?", line: 2, column: 5, endLine: 2, endColumn: 13 },
        { messageId: 'unknown', line: 3, column: 5, endLine: 3, endColumn: 15 },
      ],
    },
    {
      name: "seed 002: 'use_backed'",
      code: cfg('frontend f', '    bind :80', '    use_backed app if { path /x }'),
      errors: [{ messageId: 'unknown', message: "unknown keyword 'use_backed' in 'frontend' section; did you mean 'use_backend' maybe ?", line: 3, column: 5, endLine: 3, endColumn: 15 }],
    },
    {
      code: cfg('global', '    maxconnn 10', 'peers p', '    peerr a 127.0.0.1:1000'),
      errors: [
        { messageId: 'unknown', line: 2, column: 5, endLine: 2, endColumn: 13 },
        { messageId: 'unknown', message: "unknown keyword 'peerr' in 'peers' section; did you mean 'peer' maybe ?", line: 4, column: 5, endLine: 4, endColumn: 10 },
      ],
    },
    {
      name: 'a known family with an unknown or missing second word names that word',
      code: cfg('backend b', '    option httpchk', '    http-check bogus', '    stats urii /x', '    stats', '    server s 127.0.0.1:80 check'),
      errors: [
        { messageId: 'unknownSub', message: "'http-check' does not know 'bogus' in 'backend' sections", line: 3, column: 16, endLine: 3, endColumn: 21 },
        { messageId: 'unknownSub', message: "'stats' does not know 'urii' in 'backend' sections; did you mean 'uri' maybe ?", line: 4, column: 11, endLine: 4, endColumn: 15 },
        { messageId: 'missingSub', line: 5, column: 5, endLine: 5, endColumn: 10 },
      ],
    },
  ],
});
