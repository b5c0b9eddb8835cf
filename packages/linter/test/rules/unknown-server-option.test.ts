import rule from '../../src/rules/unknown-server-option.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: "'source' reads its own 'usesrc' and 'interface'", code: cfg('backend b', '    server s 10.0.0.1:80 source 10.0.0.2 usesrc clientip interface eth0 check') },{ code: cfg('backend b', '    default-server inter 2s fall 3', '    server s1 10.0.0.1:80 check weight 10 no-send-proxy') }],
  invalid: [
    {
      code: cfg('backend b', '    server s1 10.0.0.1:80 chek inter 2s', '    server s2 10.0.0.2:80 set-proxy-v2-tlv-fmt(0xE1) %[fc_pp_tlv(0xE1)]'),
      errors: [
        { messageId: 'unknown', message: "'server s1': unknown keyword 'chek'; did you mean 'check' maybe ?", line: 2, column: 27, endLine: 2, endColumn: 31 },
        { messageId: 'newer', line: 3, column: 27, endLine: 3, endColumn: 53 },
      ],
    },
  ],
});
