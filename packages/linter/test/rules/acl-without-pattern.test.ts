import rule from '../../src/rules/acl-without-pattern.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      code: cfg('frontend f', '    bind :80', '    acl a path_beg /api', '    acl b path_beg -i', '    acl c hdr(host) -m found', '    acl d ssl_fc', '    acl e path,bool', '    acl f var(txn.x)', '    acl g req.payload(0,1)', '    acl h path_beg --', '    http-request deny if { src -m found }'),
    },
  ],
  invalid: [
    {
      code: cfg('frontend f', '    bind :80', '    acl a path_beg', '    acl b src', '    acl c hdr(host),lower', '    http-request deny if { req.len }'),
      errors: [
        { messageId: 'noPattern', message: "ACL on 'path_beg' has no pattern to compare with, so it never matches: add patterns, '-m found' to test presence, or '-m bool' to test a number", line: 3, column: 11, endLine: 3, endColumn: 19 },
        { messageId: 'noPattern', line: 4, column: 11, endLine: 4, endColumn: 14 },
        { messageId: 'noPattern', line: 5, column: 11, endLine: 5, endColumn: 26 },
        { messageId: 'noPattern', line: 6, column: 28, endLine: 6, endColumn: 35 },
      ],
    },
  ],
});
