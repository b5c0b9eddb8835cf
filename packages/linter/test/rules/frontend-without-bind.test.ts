import rule from '../../src/rules/frontend-without-bind.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('frontend f', '  bind :80', '  default_backend b', 'backend b', '  server s 10.0.0.1:80') },
    { name: 'a disabled frontend', code: cfg('frontend f', '  disabled', '  default_backend b', 'backend b', '  server s 10.0.0.1:80') },
    { name: 'backends and defaults need no bind', code: cfg('defaults', '  mode http', 'backend b', '  server s 10.0.0.1:80') },
  ],
  invalid: [
    {
      code: cfg('frontend f', '  default_backend b', 'backend b', '  server s 10.0.0.1:80'),
      errors: [{ messageId: 'noBind', message: "frontend 'f' has no 'bind' line, so it accepts no connection: add one, or declare it as a backend if that was the intent", line: 1, column: 10, endLine: 1, endColumn: 11 }],
    },
    {
      name: 'a listen section used as a backend',
      code: cfg('listen app', '  server s 10.0.0.1:80'),
      errors: [{ messageId: 'noBind', line: 1, column: 8, endLine: 1, endColumn: 11 }],
    },
  ],
});
