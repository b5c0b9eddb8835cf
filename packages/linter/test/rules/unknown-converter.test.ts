import rule from '../../src/rules/unknown-converter.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ code: cfg('frontend f', '    http-request set-header X %[req.hdr(host),lower,host_only]') }],
  invalid: [
    {
      name: "a mark/TOS action's expression (3.0+)",
      version: '3.0',
      code: cfg('backend b', '    mode http', '    http-request set-bc-mark src,lowr', '    http-request set-bc-tos 0x10'),
      errors: [{ messageId: 'unknown', message: "unknown converter 'lowr'; did you mean 'lower' maybe ?", line: 3, column: 34, endLine: 3, endColumn: 38 }],
    },
    {
      name: 'in a dynamic use_backend name',
      code: cfg('frontend f', '    mode http', '    bind :80', '    use_backend be_%[src,lowr]', '    default_backend b'),
      errors: [{ messageId: 'unknown', message: "unknown converter 'lowr'; did you mean 'lower' maybe ?", line: 4, column: 26, endLine: 4, endColumn: 30 }],
    },
    {
      code: cfg('frontend f', '    http-request set-header X %[req.hdr(host),lowr]', '    http-request set-var(txn.x) str(a),has_ctl'),
      errors: [
        { messageId: 'unknown', message: "unknown converter 'lowr'; did you mean 'lower' maybe ?", line: 2, column: 47, endLine: 2, endColumn: 51 },
        { messageId: 'newer', line: 3, column: 40, endLine: 3, endColumn: 47 },
      ],
    },
  ],
});
