import rule from '../../src/rules/http-check-order.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'connect, send, expect, twice', code: cfg('backend b', '  option httpchk', '  http-check connect', '  http-check send meth GET uri /a', '  http-check expect status 200', '  http-check connect port 8081', '  http-check send meth GET uri /b', '  http-check expect status 200', '  server s 10.0.0.1:80 check') },
    { name: 'the first send completes option httpchk; expects may follow each other', code: cfg('backend b', '  option httpchk', '  http-check send meth HEAD uri /health', '  http-check expect status 200', '  http-check expect header name x-ok', '  server s 10.0.0.1:80 check') },
    { name: 'comments and variables are not steps', code: cfg('backend b', '  option httpchk', '  http-check comment first', '  http-check set-var(check.port) int(80)', '  http-check connect', '  http-check comment then', '  http-check send meth GET', '  http-check expect status 200', '  server s 10.0.0.1:80 check') },
    { name: 'rules before option httpchk are not ordered yet', code: cfg('backend b', '  http-check expect status 200', '  http-check send meth GET uri /x', '  option httpchk', '  server s 10.0.0.1:80 check') },
    { name: 'another check type turns the ordering off', code: cfg('backend b', '  option httpchk', '  option tcp-check', '  http-check send meth GET', '  http-check send meth GET', '  server s 10.0.0.1:80 check') },
    { name: 'a backend starts its own ruleset: the inherited rules do not count', code: cfg('defaults d', '  mode http', '  option httpchk', '  http-check send meth GET', '  http-check expect status 200', 'backend b from d', '  http-check send meth GET uri /own', '  server s 10.0.0.1:80 check') },
  ],
  invalid: [
    {
      name: 'a second send without a connect',
      code: cfg('backend b', '  option httpchk', '  http-check send meth GET uri /a', '  http-check expect status 200', '  http-check send meth GET uri /b', '  server s 10.0.0.1:80 check'),
      errors: [{ messageId: 'missingConnect', message: "'http-check send' cannot follow 'http-check expect' (line 4): HAProxy refuses a second request without an 'http-check connect' right before it", line: 5, column: 14, endLine: 5, endColumn: 18 }],
    },
    {
      name: 'expect right after connect',
      code: cfg('backend b', '  option httpchk', '  http-check connect', '  http-check expect status 200', '  server s 10.0.0.1:80 check'),
      errors: [{ messageId: 'missingSend', message: "'http-check expect' cannot follow 'http-check connect' (line 3): HAProxy refuses an expect without an 'http-check send' before it", line: 4, column: 14, endLine: 4, endColumn: 20 }],
    },
    {
      name: 'connect right after send',
      code: cfg('backend b', '  option httpchk', '  http-check connect', '  http-check send meth GET', '  http-check connect port 81', '  server s 10.0.0.1:80 check'),
      errors: [{ messageId: 'missingExpect', message: "'http-check connect' cannot follow 'http-check send' (line 4): HAProxy opens a new connection only after an 'http-check expect'", line: 5, column: 14, endLine: 5, endColumn: 21 }],
    },
    {
      name: 'a connect after a send, option httpchk or not',
      code: cfg('backend b', '  http-check send meth GET', '  http-check connect', '  server s 10.0.0.1:80 check'),
      errors: [{ messageId: 'firstStep', message: "'http-check connect' comes after 'http-check send' (line 2): when a ruleset has a 'connect', HAProxy requires it to be the first step (only comments and set-var/unset-var may come before it)", line: 3, column: 14, endLine: 3, endColumn: 21 }],
    },
    {
      name: 'option httpchk inherited from a defaults section; one report per proxy',
      code: cfg('defaults d', '  mode http', '  option httpchk', 'backend b from d', '  http-check send meth GET', '  http-check send meth GET', '  http-check send meth GET', '  server s 10.0.0.1:80 check'),
      errors: [{ messageId: 'missingConnect', line: 6, column: 14, endLine: 6, endColumn: 18 }],
    },
    {
      name: 'in a defaults section',
      code: cfg('defaults d', '  mode http', '  option httpchk', '  http-check expect status 200', '  http-check send meth GET', 'backend b from d', '  server s 10.0.0.1:80 check'),
      errors: [{ messageId: 'missingConnect', line: 5, column: 14, endLine: 5, endColumn: 18 }],
    },
  ],
});
