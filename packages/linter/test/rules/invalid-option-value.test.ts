import rule from '../../src/rules/invalid-option-value.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      code: cfg('backend b', '    server s 127.0.0.1:80 send-proxy-v2 proxy-v2-options ssl,cert-cn,unique-id resolve-opts allow-dup-ip,ignore-weight resolve-net 10.0.0.0/8,192.168.0.0/255.255.0.0,2001:db8::/32,10.1.2.3,', 'frontend f', '    bind /run/h.sock mode 600', '    bind :80 mss 1460 shards by-thread', '    bind :81 mss -1400 shards 4 accept-netscaler-cip 1234'),
    },
  ],
  invalid: [
    {
      name: 'resolve-net networks',
      code: cfg('backend b', '    server s 127.0.0.1:80 resolve-net 10.0.0.0/8,10/8', '    server t 127.0.0.1:80 resolve-net 10.0.0.0/33', '    server u 127.0.0.1:80 resolve-net 2001:db8::/129', '    server v 127.0.0.1:80 resolve-net localhost'),
      errors: [
        { messageId: 'invalid', message: "'resolve-net 10.0.0.0/8,10/8': '10/8' is not an IPv4 or IPv6 network (address, optionally /mask)", line: 2, column: 39, endLine: 2, endColumn: 54 },
        { messageId: 'invalid', line: 3, column: 39, endLine: 3, endColumn: 50 },
        { messageId: 'invalid', line: 4, column: 39, endLine: 4, endColumn: 53 },
        { messageId: 'invalid', line: 5, column: 39, endLine: 5, endColumn: 48 },
      ],
    },
    {
      name: 'the global unix-bind line',
      code: cfg('global', '    unix-bind prefix /run/haproxy mode 600', '    unix-bind prefix /run bogus 1'),
      errors: [{ messageId: 'unixBind', message: "'unix-bind' does not know 'bogus' (prefix, mode, uid, gid, user, group)", line: 3, column: 27, endLine: 3, endColumn: 32 }],
    },
    {
      code: cfg('backend b', '    server s 127.0.0.1:80 proxy-v2-options ssl,tls', '    server t 127.0.0.1:80 resolve-opts no-dup', 'frontend f', '    bind /run/h.sock mode 0x600', '    bind :80 mss 0', '    bind :81 shards 65', '    bind :82 accept-netscaler-cip x'),
      errors: [
        { messageId: 'invalid', message: "'proxy-v2-options ssl,tls': 'tls' is not a PROXY v2 option (ssl, cert-cn, cert-key, cert-sig, ssl-cipher, authority, crc32c, unique-id)", line: 2, column: 44, endLine: 2, endColumn: 51 },
        { messageId: 'invalid', line: 3, column: 40, endLine: 3, endColumn: 46 },
        { messageId: 'invalid', message: "'mode 0x600': the mode is an octal number, such as 600", line: 5, column: 27, endLine: 5, endColumn: 32 },
        { messageId: 'invalid', line: 6, column: 18, endLine: 6, endColumn: 19 },
        { messageId: 'invalid', line: 7, column: 21, endLine: 7, endColumn: 23 },
        { messageId: 'invalid', line: 8, column: 35, endLine: 8, endColumn: 36 },
      ],
    },
  ],
});
