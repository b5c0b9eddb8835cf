import rule from '../../src/rules/unknown-filter.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ code: cfg('frontend f', '    filter compression', '    filter bwlim-in lim limit 1m period 1s'), version: '2.8' }],
  invalid: [
    {
      code: cfg('frontend f', '    filter compresion', '    filter bwlim-in lim limit 1m period 1s'),
      errors: [
        { messageId: 'unknown', message: "'filter': unknown filter type 'compresion'; did you mean 'compression' maybe ?", line: 2, column: 12, endLine: 2, endColumn: 22 },
        { messageId: 'newer', line: 3, column: 12, endLine: 3, endColumn: 20 },
      ],
    },
  ],
});
