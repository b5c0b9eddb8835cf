import rule from '../../src/rules/defaults-mixed-use.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'always by name', code: cfg('defaults web', '  mode http', 'frontend f from web', '  bind :80', 'backend b from web', '  server s 10.0.0.1:80') },
    { name: 'always implicitly', code: cfg('defaults web', '  mode http', 'frontend f', '  bind :80', 'backend b', '  server s 10.0.0.1:80') },
    { name: 'a last anonymous defaults section for the others', code: cfg('defaults web', '  mode http', 'backend b from web', '  server s 10.0.0.1:80', 'defaults', '  mode tcp', 'backend c', '  server s 10.0.0.2:80') },
    { name: 'HAProxy 2.4 has no such check', version: '2.4', code: cfg('defaults web', '  mode http', 'backend a from web', '  server s 10.0.0.1:80', 'backend b', '  server s 10.0.0.2:80') },
  ],
  invalid: [
    {
      name: 'named, then used implicitly: every later use is reported',
      code: cfg('defaults web', '  mode http', 'backend a from web', '  server s 10.0.0.1:80', 'backend b', '  server s 10.0.0.2:80', 'backend c from web', '  server s 10.0.0.3:80'),
      errors: [
        { messageId: 'mixed', message: "defaults section 'web' is used both by name ('from web') and implicitly, as the last defaults section: HAProxy warns about the ambiguity; name it with 'from' in every proxy using it, or add a last defaults section that no proxy names", line: 5, column: 9, endLine: 5, endColumn: 10 },
        { messageId: 'mixed', line: 7, column: 9, endLine: 7, endColumn: 10 },
      ],
    },
    {
      name: 'a defaults section naming its parent counts as a use by name',
      code: cfg('defaults base', '  mode http', 'frontend f', '  bind :80', 'defaults web from base', '  timeout client 5s'),
      errors: [{ messageId: 'mixed', line: 5, column: 10, endLine: 5, endColumn: 13 }],
    },
  ],
});
