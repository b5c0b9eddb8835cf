import rule from '../../src/rules/missing-section-name.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('defaults', 'global', 'crt-store', 'backend b', 'peers p', 'cache c', '    total-max-size 4') , version: '3.0' },
    { name: 'a name from the environment', code: cfg('backend "${BE}"'), env: { BE: 'app' } },
    { name: 'a section the target does not know is another rule\'s finding', code: cfg('log-profile'), version: '3.0' },
  ],
  invalid: [
    {
      code: cfg('frontend', '    bind :80', 'backend ""', 'userlist', 'ring'),
      errors: [
        { messageId: 'missing', message: "'frontend' needs a name: HAProxy stops reading the configuration at this line", line: 1, column: 1, endLine: 1, endColumn: 9 },
        { messageId: 'missing', line: 3, column: 1, endLine: 3, endColumn: 8 },
        { messageId: 'missing', line: 4, column: 1, endLine: 4, endColumn: 9 },
        { messageId: 'missing', line: 5, column: 1, endLine: 5, endColumn: 5 },
      ],
    },
    {
      name: 'an unset variable, and a section of a later release',
      code: cfg('listen "${NAME}"', 'healthcheck'),
      version: '3.4',
      errors: [
        { messageId: 'missing', message: "'listen' needs a name: HAProxy stops reading the configuration at this line", line: 1, column: 1, endLine: 1, endColumn: 7 },
        { messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 12 },
      ],
    },
  ],
});
