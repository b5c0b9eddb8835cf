import rule from '../../src/rules/unknown-action.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('global', '    lua-load /etc/haproxy/actions.lua', 'frontend f', '    http-request set-var(txn.x) src', '    tcp-request content accept', '    http-request lua.my_action') },
    {
      name: "the OpenTracing add-on's action (distribution builds have USE_OT)",
      code: cfg('frontend f', '    mode http', '    filter opentracing id ot config /etc/haproxy/ot.cfg', '    http-response ot-group ot response_group if TRUE', '    tcp-request content ot-group ot request_group'),
    },
  ],
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
      name: 'stick counters HAProxy 2.6 does not have, and a counter number that is no number',
      version: '2.6',
      code: cfg('frontend f', '    mode http', '    stick-table type ip size 1k', '    http-request track-sc3 src', '    tcp-request connection track-sc1x src', '    http-request track-sc src', '    tcp-request content track-sc02 src', '    http-request track-sc4294967296 src'),
      errors: [
        { messageId: 'trackScRange', message: "'http-request track-sc3': stick counter 3 does not exist, HAProxy 2.6 has counters 0 to 2", line: 4, column: 18, endLine: 4, endColumn: 27 },
        { messageId: 'trackScWord', message: "'tcp-request connection track-sc1x': '1x' is no stick counter number (track-sc0, track-sc1 …)", line: 5, column: 28, endLine: 5, endColumn: 38 },
      ],
    },
    {
      name: "from 2.8 'tune.stick-counters' sets how many counters exist",
      version: '3.4',
      code: cfg('global', '    tune.stick-counters 6', 'frontend f', '    mode http', '    stick-table type ip size 1k', '    http-request track-sc5 src', '    http-request track-sc6 src', '    http-response track-sc3 src'),
      errors: [{ messageId: 'trackScRange', message: "'http-request track-sc6': stick counter 6 does not exist, 'tune.stick-counters 6' allows 0 to 5", line: 7, column: 18, endLine: 7, endColumn: 27 }],
    },
    {
      name: "'tune.stick-counters 0' disables tracking",
      version: '3.4',
      code: cfg('global', '    tune.stick-counters 0', 'frontend f', '    mode http', '    stick-table type ip size 1k', '    http-request track-sc0 src'),
      errors: [{ messageId: 'trackScRange', message: "'http-request track-sc0': stick counter 0 does not exist, 'tune.stick-counters 0' disables them", line: 6, column: 18, endLine: 6, endColumn: 27 }],
    },
    {
      name: "without 'tune.stick-counters' 3.x has three counters",
      version: '3.4',
      code: cfg('frontend f', '    mode http', '    stick-table type ip size 1k', '    http-request track-sc3 src'),
      errors: [{ messageId: 'trackScRange', message: "'http-request track-sc3': stick counter 3 does not exist, HAProxy 3.4 has counters 0 to 2 unless 'tune.stick-counters' sets more", line: 4, column: 18, endLine: 4, endColumn: 27 }],
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
