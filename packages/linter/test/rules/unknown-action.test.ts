import rule from '../../src/rules/unknown-action.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ code: cfg('global', '    lua-load /etc/haproxy/actions.lua', 'frontend f', '    http-request set-var(txn.x) src', '    tcp-request content accept', '    http-request lua.my_action') }],
  invalid: [
    {
      name: 'a condition where the action belongs',
      code: cfg('frontend f', '    http-request if { src 10.0.0.1 }', '    tcp-request content unless { src 10.0.0.1 }'),
      errors: [
        { messageId: 'conditionFirst', message: "'http-request' needs an action before 'if'", line: 2, column: 18, endLine: 2, endColumn: 20 },
        { messageId: 'conditionFirst', line: 3, column: 25, endLine: 3, endColumn: 31 },
      ],
    },
    {
      name: "the stats page's http-request rules",
      code: cfg('listen stats', '    mode http', '    bind :8404', '    stats enable', '    stats http-request auth realm r', '    stats http-request alow', '    stats http-request', '    stats http-request if TRUE'),
      errors: [
        { messageId: 'unknown', line: 6, column: 24, endLine: 6, endColumn: 28 },
        { messageId: 'noAction', message: "'stats http-request' needs an action (allow, deny, auth …)", line: 7, column: 11, endLine: 7, endColumn: 23 },
        { messageId: 'noAction', line: 8, column: 11, endLine: 8, endColumn: 23 },
      ],
    },
    {
      name: 'parentheses after an action that takes none',
      code: cfg('frontend f', '    http-request deny( if TRUE', '    tcp-request content reject(x)', '    http-request set-var(txn.x) str(a)', '    http-request add-acl(/tmp/a.lst) %[src]'),
      errors: [
        { messageId: 'paren', message: "'http-request' does not know the action 'deny(': 'deny' takes no arguments in parentheses", line: 2, column: 18, endLine: 2, endColumn: 23 },
        { messageId: 'paren', line: 3, column: 25, endLine: 3, endColumn: 34 },
      ],
    },
    {
      name: 'a Lua action without any Lua script loaded',
      code: cfg('frontend f', '    http-request lua.my_action'),
      errors: [{ messageId: 'lua', message: "'http-request' does not know the action 'lua.my_action': Lua actions come from scripts loaded with 'lua-load', and this configuration loads none", line: 2, column: 18, endLine: 2, endColumn: 31 }],
    },
    {
      code: cfg('frontend f', '    http-request set-headr X-A b', '    tcp-request session set-header X y'),
      errors: [
        { messageId: 'unknown', message: "'http-request' does not know the action 'set-headr'; did you mean 'set-header' maybe ?", line: 2, column: 18, endLine: 2, endColumn: 27 },
        { messageId: 'unknown', line: 3, column: 25, endLine: 3, endColumn: 35 },
      ],
    },
  ],
});
