import rule from '../../src/rules/unknown-option.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('defaults', '    option httplog', '    no option redispatch', 'backend b', '    option httpchk GET /') },
    { name: 'legacy options 2.4 still reads and ignores (deprecated-keyword reports them)', code: cfg('defaults', '    option http-use-htx', 'backend b', '    option forceclose', '    option http-tunnel'), version: '2.4' },
  ],
  invalid: [
    {
      code: cfg('defaults', '    option htplog', '    no option forwardfor2'),
      errors: [
        { messageId: 'unknown', message: "unknown option 'htplog'; did you mean 'httplog' maybe ?", line: 2, column: 12, endLine: 2, endColumn: 18 },
        { messageId: 'unknown', line: 3, column: 15, endLine: 3, endColumn: 26 },
      ],
    },
  ],
});
