import rule from '../../src/rules/external-check-without-fork.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('global', '  external-check', '  insecure-fork-wanted', 'backend b', '  option external-check', '  external-check command /bin/true', '  server s 10.0.0.1:80 check') },
    { name: 'no external checks', code: cfg('backend b', '  option httpchk', '  server s 10.0.0.1:80 check') },
  ],
  invalid: [
    {
      code: cfg('global', '  external-check', 'backend b', '  option external-check', '  external-check command /bin/true', '  server s 10.0.0.1:80 check'),
      errors: [{ messageId: 'noFork', message: "backend 'b' uses 'option external-check' but the global section has no 'insecure-fork-wanted': HAProxy forbids starting the check command, so the checks will fail", line: 4, column: 3, endLine: 4, endColumn: 24 }],
    },
  ],
});
