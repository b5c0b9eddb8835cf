import rule from '../../src/rules/tcp-content-tracking.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'a delay set in the defaults section', code: cfg('defaults', '    tcp-request inspect-delay 5s', 'frontend f', '    mode tcp', '    tcp-request content track-sc0 req.payload(0,4)', '    stick-table type binary len 4 size 1k') },
    { name: 'session-level data needs no delay', code: cfg('frontend f', '    mode tcp', '    tcp-request content track-sc0 src', '    stick-table type ip size 1k') },
    { name: 'a condition on the request makes the rule depend on it', code: cfg('frontend f', '    mode http', '    tcp-request content track-sc0 src if { req.hdr(x) -m found }', '    tcp-request content track-sc1 src if HTTP', '    stick-table type ip size 1k') },
    { name: 'a named ACL on the request', code: cfg('frontend f', '    mode http', '    acl api path_beg /api', '    tcp-request content track-sc0 src if api', '    stick-table type ip size 1k') },
    { name: 'backends are not checked', code: cfg('backend b', '    mode http', '    tcp-request content track-sc0 src', '    stick-table type ip size 1k') },
  ],
  invalid: [
    {
      name: 'content read without an inspect delay, in TCP and HTTP frontends, by track-sc and capture',
      code: cfg('frontend f', '    mode tcp', '    tcp-request content track-sc0 req.payload(0,4)', '    tcp-request content capture req.payload(0,4) len 4', '    stick-table type binary len 4 size 1k', 'frontend g', '    mode http', '    tcp-request inspect-delay 0s', '    tcp-request content track-sc1 req.hdr(host)', '    stick-table type string size 1k'),
      errors: [
        {
          messageId: 'noInspectDelay',
          message: "'tcp-request content track-sc0' reads 'req.payload', which needs the request content, but frontend 'f' has no 'tcp-request inspect-delay': the rule sees whatever arrived with the first packet",
          line: 3,
          column: 35,
          endLine: 3,
          endColumn: 46,
        },
        { messageId: 'noInspectDelay', line: 4, column: 33, endLine: 4, endColumn: 44 },
        { messageId: 'noInspectDelay', line: 9, column: 35, endLine: 9, endColumn: 42 },
      ],
    },
    {
      name: 'tracking in an HTTP frontend what the session already knows',
      code: cfg('defaults', '    mode http', 'frontend f', '    tcp-request content track-sc2 src', '    tcp-request content track-sc1 src if TRUE', '    stick-table type ip size 1k'),
      errors: [
        {
          messageId: 'sessionLevel',
          message: "'tcp-request content track-sc2' in HTTP frontend 'f' depends on nothing in the request: invalid or timed-out HTTP requests never reach content rules and are not counted; track with 'tcp-request session track-sc2'",
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 34,
        },
        { messageId: 'sessionLevel', line: 5, column: 25, endLine: 5, endColumn: 34 },
      ],
    },
  ],
});
