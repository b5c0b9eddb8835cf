import rule from '../../src/rules/invalid-cpu-map.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('global', '    cpu-map auto:1/1-4 0-3', '    cpu-map auto:1/1-4 0-1 2-3', '    cpu-map auto:1/all 0-63', '    cpu-map 1/1- 0-', '    cpu-map auto:1-4 0-3') },
    { name: 'one side of the mapping matching the CPU count is enough', code: cfg('global', '    cpu-map auto:1/1-4 0') },
    { name: 'comma-separated CPU lists are not counted', code: cfg('global', '    cpu-map auto:1/1-2 0,1'), version: '3.4' },
    { name: 'a value from the environment', code: cfg('global', '    cpu-map "${MAP}" 0-3') },
  ],
  invalid: [
    {
      code: cfg('global', '    cpu-map auto:1/1 0-3', '    cpu-map auto:1 0-3'),
      errors: [
        {
          messageId: 'size',
          message: "'cpu-map auto:1/1': 'auto:' binds one thread per CPU, so the CPU set needs as many CPUs as the process set or the thread set has members (1 and 1, against 4 CPU(s))",
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 25,
        },
        { messageId: 'size', message: "'cpu-map auto:1': 'auto:' binds one thread per CPU, so the CPU set needs as many CPUs as the process set has members (1, against 4 CPU(s))", line: 3, column: 13, endLine: 3, endColumn: 23 },
      ],
    },
    {
      code: cfg('global', '    cpu-map 65 1', '    cpu-map 1/x 1', '    cpu-map 1 x', '    cpu-map 1 0-1024'),
      version: '3.0',
      errors: [
        { messageId: 'mask', message: "'cpu-map': '65' is not a valid number or range: HAProxy takes 'all', 'odd', 'even', or numbers from 1 to 64 ('1', '1-4', '2-')", line: 2, column: 13, endLine: 2, endColumn: 15 },
        { messageId: 'mask', message: "'cpu-map': 'x' is not a valid number or range: HAProxy takes 'all', 'odd', 'even', or numbers from 1 to 64 ('1', '1-4', '2-')", line: 3, column: 13, endLine: 3, endColumn: 16 },
        { messageId: 'cpuRange', line: 4, column: 15, endLine: 4, endColumn: 16 },
        { messageId: 'cpuMax', message: "'cpu-map': '0-1024': CPU numbers go from 0 to 1023", line: 5, column: 15, endLine: 5, endColumn: 21 },
      ],
    },
  ],
});
