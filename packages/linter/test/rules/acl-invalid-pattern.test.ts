import rule from '../../src/rules/acl-invalid-pattern.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('frontend f', '    acl a src 10 1.2.3 10.0.0.0/255.0.0.0 10.0.0.1/8 ::1 localhost', '    acl b hdr_cnt(host) 1:3 gt 1 :80 1024:', '    acl c dst_port 80', '    acl d path_beg 10.0.0.300') },
    { name: 'files, converters and other methods are not judged', code: cfg('frontend f', '    acl a src -f /etc/x.lst', '    acl b src,ipmask(24) 10.0.0.300', '    acl c src -m str 10.0.0.300', '    acl d req_ssl_ver 3.0-3.1') },
  ],
  invalid: [
    {
      code: cfg('frontend f', '    acl a src 10.0.0.300 1.2.3.4.5 10.0.0.1/33 1::2::3', '    acl b hdr_cnt(host) gt x 0x10', '    http-request deny if { src -m ip 300.1.1.1 }'),
      errors: [
        { messageId: 'ip', message: "'10.0.0.300' is not a valid IPv4 or IPv6 address: HAProxy refuses the ACL", line: 2, column: 15, endLine: 2, endColumn: 25 },
        { messageId: 'ip', line: 2, column: 26, endLine: 2, endColumn: 35 },
        { messageId: 'ip', line: 2, column: 36, endLine: 2, endColumn: 47 },
        { messageId: 'ip', line: 2, column: 48, endLine: 2, endColumn: 55 },
        { messageId: 'int', message: "'x' is not a number, a range (a:b) or an operator (eq, ge, gt, le, lt): HAProxy refuses the ACL", line: 3, column: 28, endLine: 3, endColumn: 29 },
        { messageId: 'int', line: 3, column: 30, endLine: 3, endColumn: 34 },
        { messageId: 'ip', line: 4, column: 38, endLine: 4, endColumn: 47 },
      ],
    },
  ],
});
