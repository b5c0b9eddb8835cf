import rule from '../../src/rules/acl-invalid-pattern.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('frontend f', '    acl a src 10 1.2.3 10.0.0.0/255.0.0.0 10.0.0.1/8 ::1 localhost', '    acl b hdr_cnt(host) 1:3 gt 1 :80 1024:', '    acl c dst_port 80', '    acl d path_beg 10.0.0.300') },
    {
      // All accepted by haproxy 2.6 (pat_parse_int(), and parse_acl_expr()'s operator conversion).
      name: 'integer ranges and what HAProxy reads around them',
      code: cfg('backend b', '    acl a status 200-299 200: :299 -- -5', '    acl b status -m int eq -- 200', '    acl c status 200 --', '    acl d status ge 10.5 gt -1'),
    },
    { name: 'IPv6 networks, prefix lengths as strtoul() reads them', code: cfg('backend b', '    acl a src ::1/128 2001:db8::/32 ::ffff:10.0.0.1 ::1/+5') },
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
        { messageId: 'int', message: "'x' is not a number, a range (a:b or a-b, either end optional) or an operator (eq, ge, gt, le, lt): HAProxy refuses the ACL", line: 3, column: 28, endLine: 3, endColumn: 29 },
        { messageId: 'int', line: 3, column: 30, endLine: 3, endColumn: 34 },
        { messageId: 'ip', line: 4, column: 38, endLine: 4, endColumn: 47 },
      ],
    },
    {
      // haproxy 2.6: str2mask() refuses these masks before the address is read or resolved
      name: 'masks HAProxy cannot read',
      code: cfg('frontend f', '    acl a src 192.168.0.0/16] 10.0.0.0/1x 10.0.0.0/255.0 10.0.0.0/-1 gw/8x'),
      errors: [
        { messageId: 'ip', line: 2, column: 15, endLine: 2, endColumn: 30 },
        { messageId: 'ip', line: 2, column: 31, endLine: 2, endColumn: 42 },
        { messageId: 'ip', line: 2, column: 43, endLine: 2, endColumn: 57 },
        { messageId: 'ip', line: 2, column: 58, endLine: 2, endColumn: 69 },
        { messageId: 'ip', line: 2, column: 70, endLine: 2, endColumn: 75 },
      ],
    },
    {
      // haproxy 2.6: "':' is not a valid number range", "'5-3' is not a valid number range", "'10.5' is not a number", "'-5:3' …"
      name: 'ranges HAProxy cannot read',
      code: cfg('backend b', '    acl a status : 5-3 10.5 1-2-3', '    acl b status -- -5:3 - +5'),
      errors: [
        { messageId: 'int', line: 2, column: 18, endLine: 2, endColumn: 19 },
        { messageId: 'int', line: 2, column: 20, endLine: 2, endColumn: 23 },
        { messageId: 'int', line: 2, column: 24, endLine: 2, endColumn: 28 },
        { messageId: 'int', line: 2, column: 29, endLine: 2, endColumn: 34 },
        { messageId: 'int', line: 3, column: 21, endLine: 3, endColumn: 25 },
        { messageId: 'int', line: 3, column: 26, endLine: 3, endColumn: 27 },
        { messageId: 'int', line: 3, column: 28, endLine: 3, endColumn: 30 },
      ],
    },
    {
      // haproxy 2.6: "'x' is not a number", "an hex digit is expected", "an even number of hex digit is expected",
      // "'::1/129' is not a valid IPv4 or IPv6 address", and with -n (no DNS) a name is not an address either
      name: 'length, binary, IPv6 masks and names without DNS',
      code: cfg('backend b', '    acl a hdr(x) -m len x 3-5', '    acl b hdr(x) -m bin zz abc 0A0b', '    acl c hdr_ip(x) ::1/129 ::1/128 2001:db8::/32', '    acl d src -n gw.internal 10.0.0.1'),
      errors: [
        { messageId: 'int', line: 2, column: 25, endLine: 2, endColumn: 26 },
        { messageId: 'bin', message: "'zz' is not binary data written as pairs of hexadecimal digits: HAProxy refuses the ACL", line: 3, column: 25, endLine: 3, endColumn: 27 },
        { messageId: 'bin', line: 3, column: 28, endLine: 3, endColumn: 31 },
        { messageId: 'ip', line: 4, column: 21, endLine: 4, endColumn: 28 },
        { messageId: 'ip', line: 5, column: 18, endLine: 5, endColumn: 29 },
      ],
    },
  ],
});
