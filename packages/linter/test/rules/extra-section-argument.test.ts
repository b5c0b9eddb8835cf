import rule from '../../src/rules/extra-section-argument.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('global', '    daemon', 'peers dc1', '    peer a 127.0.0.1:10000', 'userlist u', 'resolvers dns extra', 'cache c extra') },
    { name: 'an empty word ends the header', code: cfg('global ""', 'peers p "" x') },
    { name: 'traces before 3.1 is another rule\'s finding', version: '3.0', code: cfg('traces n') },
    { name: 'an unset variable expands to nothing', code: cfg('global "${UNSET_HACFG_VAR}"') },
  ],
  invalid: [
    {
      name: 'global, peers, userlist, log-forward, fcgi-app',
      version: '2.6',
      code: cfg('global daemon', 'peers dc 1', 'userlist u x y', 'log-forward lf x', 'fcgi-app php x'),
      errors: [
        { messageId: 'none', message: "'global' takes no name: HAProxy refuses 'daemon'", line: 1, column: 8, endLine: 1, endColumn: 14 },
        { messageId: 'one', message: "'peers' takes only a name: HAProxy refuses '1'", line: 2, column: 10, endLine: 2, endColumn: 11 },
        { messageId: 'one', line: 3, column: 12, endLine: 3, endColumn: 15 },
        { messageId: 'one', line: 4, column: 16, endLine: 4, endColumn: 17 },
        { messageId: 'one', line: 5, column: 14, endLine: 5, endColumn: 15 },
      ],
    },
    {
      name: 'traces, crt-store, log-profile',
      version: '3.4',
      code: cfg('traces t', 'crt-store s x', 'log-profile p x'),
      errors: [
        { messageId: 'none', line: 1, column: 8, endLine: 1, endColumn: 9 },
        { messageId: 'one', line: 2, column: 13, endLine: 2, endColumn: 14 },
        { messageId: 'one', line: 3, column: 15, endLine: 3, endColumn: 16 },
      ],
    },
  ],
});
