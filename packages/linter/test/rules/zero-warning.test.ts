import rule from '../../src/rules/zero-warning.js';
import missingTimeouts from '../../src/rules/missing-timeouts.js';
import deprecatedKeyword from '../../src/rules/deprecated-keyword.js';
import unusedBackend from '../../src/rules/unused-backend.js';
import { cfg, ruleTester } from '../rule-tester.js';

const with_ = [missingTimeouts, deprecatedKeyword, unusedBackend];

ruleTester(rule, {
  valid: [
    { name: 'without zero-warning, warnings stay warnings', with: with_, code: cfg('backend b', '    server s 127.0.0.1:80') },
    {
      name: "hacfg's own advice (an unused backend, a deprecated fetch) is not a HAProxy warning",
      with: with_,
      code: cfg('global', '    zero-warning', 'defaults', '    timeout connect 1s', '    timeout server 1s', 'backend b', '    acl sni req_ssl_sni -m found', '    server s 127.0.0.1:80'),
    },
    { name: "'no zero-warning' does not set it", with: with_, code: cfg('global', '    no zero-warning', 'backend b', '    server s 127.0.0.1:80') },
  ],
  invalid: [
    {
      with: with_,
      code: cfg('global', '    zero-warning', 'backend b', '    option httpchk GET / HTTP/1.1\\r\\nHost:\\ x', '    server s 127.0.0.1:80'),
      errors: [
        { messageId: 'fatal', message: "HAProxy refuses to start: 'zero-warning' turns this warning into a fatal error (missing-timeouts: missing timeouts for backend 'b': set 'timeout connect', 'timeout server' (here or in a defaults section))", line: 3, column: 9, endLine: 3, endColumn: 10 },
        { messageId: 'fatal', line: 4, column: 26, endLine: 4, endColumn: 46 },
      ],
    },
  ],
});
