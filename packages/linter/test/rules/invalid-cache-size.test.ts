import rule from '../../src/rules/invalid-cache-size.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'exactly half of the total', code: cfg('cache c', '    total-max-size 4', '    max-object-size 2097152') },
    { name: '0 and no object size keep the default', code: cfg('cache c', '    total-max-size 4', '    max-object-size 0', 'cache d', '    total-max-size 4') },
    { name: 'the last total counts', code: cfg('cache c', '    total-max-size 0', '    total-max-size 64', '    max-object-size 10000000') },
    { name: 'sizes are unsigned ints: 2^32 + 524288 wraps to the 1 MB limit (haproxy 2.6 accepts it)', code: cfg('cache c', '    total-max-size 1', '    max-object-size 4295491584') },
    { name: "no total and bad numbers are other rules' findings", code: cfg('cache c', '    max-object-size 99999999', 'cache d', '    total-max-size 4m', '    max-object-size 99999999') },
  ],
  invalid: [
    {
      name: 'an object size over half of the total',
      code: cfg('cache c', '    total-max-size 4', '    max-object-size 2097153'),
      errors: [{ message: "'max-object-size' 2097153 is more than half of cache 'c' (2097152 bytes of its 4 MB): HAProxy refuses it", line: 3, column: 21, endLine: 3, endColumn: 28 }],
    },
    {
      name: 'a negative size wraps around (haproxy 2.6 refuses it)',
      code: cfg('cache c', '    max-object-size -1', '    total-max-size 1'),
      errors: [{ messageId: 'object', line: 2, column: 21, endLine: 2, endColumn: 23 }],
    },
    {
      name: 'a cache without memory',
      code: cfg('cache c', '    total-max-size 8', '    total-max-size 0'),
      errors: [{ message: "cache 'c' has a 'total-max-size' of 0: HAProxy refuses a cache without memory", line: 3, column: 20, endLine: 3, endColumn: 21 }],
    },
  ],
});
