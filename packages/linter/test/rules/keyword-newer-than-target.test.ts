import rule from '../../src/rules/keyword-newer-than-target.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('traces', '    trace h1 sink stderr'), version: '3.4' },
    { name: 'a section the target removed is not newer (removed-keyword reports it)', code: cfg('program p', '    command /bin/true'), version: '3.3' },
    { name: 'guarded by .if', code: cfg('.if version_atleast(3.1)', 'traces', '    trace h1 sink stderr', '.endif') },
  ],
  invalid: [
    {
      code: cfg('traces', '    trace h1 sink stderr'),
      errors: [{ messageId: 'section', message: "section 'traces' needs HAProxy 3.1 or newer (target is 2.6)", line: 1, column: 1, endLine: 1, endColumn: 7 }],
    },
    {
      code: cfg('frontend f', '    bind :80', '    option http-restrict-req-hdr-names reject'),
      version: '2.4',
      errors: [{ messageId: 'keyword', message: "'option http-restrict-req-hdr-names' needs HAProxy 2.6 or newer (target is 2.4)", line: 3, column: 5, endLine: 3, endColumn: 39 }],
    },
  ],
});
