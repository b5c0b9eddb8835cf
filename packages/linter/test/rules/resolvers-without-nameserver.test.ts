import rule from '../../src/rules/resolvers-without-nameserver.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('resolvers dns', '  nameserver ns1 10.0.0.53:53') },
    { name: 'the system resolvers', code: cfg('resolvers dns', '  parse-resolv-conf') },
  ],
  invalid: [
    {
      // haproxy 2.6: "resolvers 'dns' has no nameservers configured!"
      code: cfg('resolvers dns', '  hold valid 10s'),
      errors: [{ messageId: 'none', message: "resolvers 'dns' has no 'nameserver' line (nor 'parse-resolv-conf'): the servers using it are never re-resolved", line: 1, column: 11, endLine: 1, endColumn: 14 }],
    },
  ],
});
