import rule from '../../src/rules/keyword-out-of-section.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('# comment first', 'global', '    maxconn 10') },
    { code: cfg('.if defined(X)', '.endif', 'global') },
    { name: 'after a skipped header, lines stay in the section before it', code: cfg('global', '.if defined(NOPE)', 'listen l', '.endif', '    maxconn 10') },
  ],
  invalid: [
    {
      name: 'a section header in a .if branch HAProxy skips opens nothing',
      code: cfg('.if defined(NOPE)', 'listen l', '    bind :1', '.endif', '    bind :80'),
      errors: [{ messageId: 'outside', line: 5, column: 5, endLine: 5, endColumn: 9 }],
    },
    {
      code: cfg('maxconn 10', 'global', '    daemon'),
      errors: [{ messageId: 'outside', line: 1, column: 1, endLine: 1, endColumn: 8 }],
    },
    {
      code: cfg('  log stdout local0', '  timeout client 1s', 'defaults'),
      errors: [
        { messageId: 'outside', line: 1, column: 3, endLine: 1, endColumn: 6 },
        { messageId: 'outside', line: 2, column: 3, endLine: 2, endColumn: 10 },
      ],
    },
  ],
});
