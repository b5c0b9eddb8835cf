import rule from '../../src/rules/build-feature-required.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('global', '    ssl-default-bind-ciphers HIGH', 'frontend f', '    bind :443 ssl crt /x.pem') },
    { name: 'guarded by .if feature()', code: cfg('global', '.if feature(QUIC)', '    tune.quic.frontend.max-idle-timeout 30s', '.endif') },
  ],
  invalid: [
    {
      code: cfg('global', '    ssl-engine rdrand', 'frontend f', '    bind quic4@:443 ssl crt /x.pem'),
      errors: [
        { messageId: 'keyword', line: 2, column: 5, endLine: 2, endColumn: 15 },
        { messageId: 'quic', line: 4, column: 10, endLine: 4, endColumn: 20 },
      ],
    },
  ],
});
