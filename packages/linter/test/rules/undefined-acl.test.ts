import rule from '../../src/rules/undefined-acl.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('frontend f', '    acl is_api path_beg /api', '    acl is_api path_beg /v2', '    http-request deny if !is_api METH_POST', '    use_backend b if is_api || TRUE') },
  ],
  invalid: [
    {
      name: 'seed 002: ACL used under another name',
      code: cfg('frontend f', '    acl is_myapp path_beg /myapp', '    use_backend ui if is_myapp_ui'),
      errors: [{ messageId: 'missing', message: "no such ACL: 'is_myapp_ui'; did you mean 'is_myapp' maybe ?", line: 3, column: 23, endLine: 3, endColumn: 34 }],
    },
    {
      code: cfg('frontend f', '    http-request deny if bad', '    acl bad src 10.0.0.1', 'backend b', '    http-request deny if bad'),
      errors: [
        { messageId: 'later', line: 2, column: 26, endLine: 2, endColumn: 29 },
        { messageId: 'missing', line: 5, column: 26, endLine: 5, endColumn: 29 },
      ],
    },
  ],
});
