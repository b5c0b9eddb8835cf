import rule from '../../src/rules/external-check-command-unused.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('global', '  external-check', 'backend b', '  option external-check', '  external-check command /bin/true', '  server s 10.0.0.1:80 check') },
    { name: 'the option from the defaults section', code: cfg('global', '  external-check', 'defaults', '  option external-check', '  external-check command /bin/true', 'backend b', '  server s 10.0.0.1:80 check') },
  ],
  invalid: [
    {
      name: 'replaced by a later check option',
      code: cfg('backend b', '  option external-check', '  external-check command /bin/true', '  option httpchk', '  server s 10.0.0.1:80 check'),
      errors: [{ messageId: 'unused', message: "'external-check command' is ignored in backend 'b': its checks are not external ('option external-check' is not in effect; checks use 'option httpchk')", line: 3, column: 3, endLine: 3, endColumn: 35 }],
    },
    {
      // haproxy 2.6 warns for each proxy that copies the path from its defaults section.
      name: 'inherited path, reported at the proxy',
      code: cfg('defaults', '  external-check path /usr/bin', 'backend b', '  server s 10.0.0.1:80 check'),
      errors: [{ messageId: 'unused', line: 3, column: 9, endLine: 3, endColumn: 10 }],
    },
  ],
});
