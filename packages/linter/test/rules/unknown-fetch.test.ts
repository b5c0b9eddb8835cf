import rule from '../../src/rules/unknown-fetch.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'sc-set-gpt0 takes an integer or an expression', code: cfg('frontend f', '    stick-table type ip size 1k store gpt0', '    http-request track-sc0 src', '    http-request sc-set-gpt0(0) 1', '    http-request sc-set-gpt0(0) -1', '    http-request sc-set-gpt0(0) src_port') },{ code: cfg('frontend f', '    acl a hdr_beg(host) -i www.', '    http-request set-header X %[src]', '    http-request deny if { path_end .php }') }],
  invalid: [
    {
      code: cfg('frontend f', '    acl a pth_beg /x', '    http-request set-header X %[scr]', '    http-request set-var(txn.x) req.cook_names'),
      errors: [
        { messageId: 'unknown', line: 2, column: 11, endLine: 2, endColumn: 18 },
        { messageId: 'unknown', message: "unknown fetch method 'scr'; did you mean 'src' maybe ?", line: 3, column: 33, endLine: 3, endColumn: 36 },
        { messageId: 'newer', line: 4, column: 33, endLine: 4, endColumn: 47 },
      ],
    },
  ],
});
