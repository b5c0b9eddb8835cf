import rule from '../../src/rules/h1-case-adjust-mismatch.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ code: cfg('global', '    h1-case-adjust content-type Content-Type', '    h1-case-adjust x-api-key X-API-Key', '    h1-case-adjust "${FROM}" X') }],
  invalid: [
    {
      code: cfg('global', '    h1-case-adjust content-type Content_Type', '    h1-case-adjust x-foo X-Bar'),
      errors: [
        { messageId: 'mismatch', message: "'h1-case-adjust' only changes letter case: 'Content_Type' is not 'content-type' written differently", line: 2, column: 33, endLine: 2, endColumn: 45 },
        { messageId: 'mismatch', line: 3, column: 26, endLine: 3, endColumn: 31 },
      ],
    },
  ],
});
