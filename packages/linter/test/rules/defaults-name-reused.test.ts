import rule from '../../src/rules/defaults-name-reused.js';
import { cfg, ruleTester } from '../rule-tester.js';

const TWICE_THEN_USED = cfg('defaults base', '    mode http', 'defaults base', '    mode tcp', 'backend app from base', '    server s1 10.0.0.1:80');
const USED_THEN_REDEFINED = cfg('defaults base', '    mode http', 'backend app from base', '    server s1 10.0.0.1:80', 'defaults base', '    mode tcp');

ruleTester(rule, {
  valid: [
    { name: 'up to 3.0 a redefinition after the use is fine', code: USED_THEN_REDEFINED, version: '3.0' },
    { name: 'from 3.1 the second replaces the first before any use', code: TWICE_THEN_USED, version: '3.1' },
    { code: cfg('defaults web', 'defaults raw', 'backend app from web') },
  ],
  invalid: [
    {
      code: TWICE_THEN_USED,
      version: '2.6',
      errors: [{ messageId: 'ambiguous', message: "ambiguous defaults section name 'base' referenced by 'from': declared at lines 1 and 3; rename one", line: 5, column: 18, endLine: 5, endColumn: 22 }],
    },
    {
      code: USED_THEN_REDEFINED,
      version: '3.4',
      errors: [{ messageId: 'replaced', message: "defaults 'base' cannot replace the one at line 1: 'from base' at line 3 already uses it; rename one", line: 5, column: 10, endLine: 5, endColumn: 14 }],
    },
  ],
});
