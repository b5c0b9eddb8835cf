import rule from '../../src/rules/duplicate-section.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("peers a", "    peer x 10.0.0.1:1000", "peers b", "    peer y 10.0.0.1:1001") },
    // haproxy 2.6 only warns ("ignoring duplicated userlist"): userlist-duplicate reports it.
    { name: "userlists are not errors", code: cfg("userlist admins", "    user a password x", "userlist admins", "    user b password y") },
  ],
  invalid: [
    {
      name: "resolvers",
      code: cfg("resolvers dns", "    nameserver a 10.0.0.1:53", "resolvers dns", "    nameserver b 10.0.0.2:53"),
      errors: [{ messageId: "duplicate", line: 3, column: 11, endLine: 3, endColumn: 14 }],
    },
  ],
});
