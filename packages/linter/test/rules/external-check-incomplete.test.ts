import rule from '../../src/rules/external-check-incomplete.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('global', '  external-check', 'backend b', '  option external-check', '  external-check command /usr/local/bin/check', '  server s 10.0.0.1:80 check') },
    { name: 'command from the defaults section', code: cfg('global', '  external-check', 'defaults', '  external-check command /bin/true', 'backend b', '  option external-check', '  server s 10.0.0.1:80 check') },
    { name: 'a command without a leading slash is found on the path', code: cfg('global', '  external-check', 'defaults', '  external-check path "/usr/bin:/bin"', 'backend b', '  option external-check', '  external-check command check.sh', '  server s 10.0.0.1:80 check') },
    { name: 'a later check option replaces it', code: cfg('backend b', '  option external-check', '  option httpchk', '  server s 10.0.0.1:80 check') },
  ],
  invalid: [
    {
      name: 'a command without a leading slash needs a path, even in a proxy that does not use it (and in every proxy that inherits it)',
      code: cfg('defaults', '  external-check command check.sh', 'frontend f', '  bind :80', 'backend b', '  external-check command x', '  server s 10.0.0.1:80'),
      errors: [
        { messageId: 'relative', message: "frontend 'f': 'external-check command check.sh' does not start with '/' and no 'external-check path' is set: HAProxy refuses the configuration", line: 3, column: 10, endLine: 3, endColumn: 11 },
        { messageId: 'relative', line: 6, column: 3, endLine: 6, endColumn: 27 },
      ],
    },
    {
      code: cfg('backend b', '  option external-check', '  external-check command /bin/true', '  server s 10.0.0.1:80 check'),
      errors: [{ messageId: 'noGlobal', message: "backend 'b' uses 'option external-check' but the global section has no 'external-check' line: HAProxy refuses to start", line: 2, column: 3, endLine: 2, endColumn: 24 }],
    },
    {
      name: 'no command; the option inherited from defaults is reported at the proxy',
      code: cfg('global', '  external-check', 'defaults', '  option external-check', 'backend b', '  server s 10.0.0.1:80 check'),
      errors: [{ messageId: 'noCommand', line: 5, column: 9, endLine: 5, endColumn: 10 }],
    },
  ],
});
