import rule from '../../src/rules/invalid-option-value.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'shards up to MAX_THREADS of the release, and by-group from 2.8', version: '3.4', code: cfg('frontend f', '    bind :80 shards 1024', '    bind :81 shards by-group') },
    {
      code: cfg('backend b', '    server s 127.0.0.1:80 send-proxy-v2 proxy-v2-options ssl,cert-cn,unique-id resolve-opts allow-dup-ip,ignore-weight resolve-net 10.0.0.0/8,192.168.0.0/255.255.0.0,2001:db8::/32,10.1.2.3,', 'frontend f', '    bind /run/h.sock mode 600', '    bind :80 mss 1460 shards by-thread', '    bind :81 mss -1400 shards 4 accept-netscaler-cip 1234'),
    },
    { name: 'network masks read by strtol (a sign allowed)', code: cfg('backend b', '    server s 127.0.0.1:80 resolve-net 10.0.0.0/+8,2001:db8::/+32') },
    { name: 'thread sets as 2.6 reads them', code: cfg('frontend f', '    bind :80 thread 1-64 thread 2-1', '    bind :81 thread 1/odd thread 1/1-', '    bind :82 thread all process 1/1-2') },
    { name: 'thread sets as 2.8 reads them: lists and groups up to 16', code: cfg('frontend f', '    bind :80 thread 1-4,9,all', '    bind :81 thread 1/1-2,16/all,2/', '    bind :82 thread 256 thread -3'), version: '2.8' },
    { name: '3.2: 32 groups, 1024 threads', code: cfg('frontend f', '    bind :80 thread 32/64,1/1 thread 1024'), version: '3.2' },
    { name: '2.4: 64 processes', code: cfg('frontend f', '    bind :80 process 2-64/1'), version: '2.4' },
  ],
  invalid: [
    {
      name: "the global 'stats bind-process' (until 2.6)",
      code: cfg('global', '    stats bind-process 1', '    stats bind-process x'),
      errors: [{ messageId: 'invalid', message: "'stats bind-process x': 'x' is not a number, a range N-M, 'all', 'odd' or 'even'", line: 3, column: 24, endLine: 3, endColumn: 25 }],
    },
    {
      name: 'log-steps names (3.1+): a backend ignores the line, only the first word is read',
      version: '3.1',
      code: cfg('frontend f', '    bind :80', '    log-steps accept,close,http-req,', '    log-steps accept,bogus', 'listen l', '    bind :81', '    log-steps all', '    log-steps request x', 'backend b', '    log-steps bogus'),
      errors: [
        { messageId: 'invalid', message: "'log-steps accept,bogus': 'bogus' is not a logging step (all, or a list of accept, request, connect, response, close, http-req, http-res, http-after-res, tcp-req-conn, tcp-req-sess, tcp-req-cont, tcp-res-cont, quic-init)", line: 4, column: 15, endLine: 4, endColumn: 27 },
      ],
    },
    {
      name: "a proxy's bind-process: process 1 only from 2.5, up to 64 in 2.4, nothing read after 'all'",
      code: cfg('backend b', '    bind-process 1-2', 'backend c', '    bind-process odd 1 x', 'backend d', '    bind-process all x'),
      errors: [
        { messageId: 'invalid', message: "'bind-process 1-2': '1-2' is outside 1..1", line: 2, column: 18, endLine: 2, endColumn: 21 },
        { messageId: 'invalid', message: "'bind-process x': 'x' is not a number, a range N-M, 'all', 'odd' or 'even'", line: 4, column: 24, endLine: 4, endColumn: 25 },
      ],
    },
    {
      name: 'bind-process takes processes 1 to 64 in 2.4',
      version: '2.4',
      code: cfg('backend b', '    bind-process 1-64 even', 'backend c', '    bind-process 65'),
      errors: [{ messageId: 'invalid', line: 4, column: 18, endLine: 4, endColumn: 20 }],
    },
    {
      name: "a global 'stats socket' mode is octal too",
      code: cfg('global', '    stats socket /run/h.sock mode 60x0 level admin'),
      errors: [{ messageId: 'invalid', message: "'mode 60x0': the mode is an octal number, such as 600", line: 2, column: 35, endLine: 2, endColumn: 39 }],
    },
    {
      name: 'thread and process sets in 2.6',
      code: cfg('frontend f', '    bind :80 thread 0 thread 65', '    bind :81 thread 2/1 thread 1,2', '    bind :82 thread 1 thread 1/1', '    bind :83 process 2 process 1/65', '    bind :84 thread all-2'),
      errors: [
        { messageId: 'invalid', message: "'thread 0': '0' is outside 1..64", line: 2, column: 21, endLine: 2, endColumn: 22 },
        { messageId: 'invalid', line: 2, column: 30, endLine: 2, endColumn: 32 },
        { messageId: 'invalid', message: "'thread 2/1': the thread group must be between 1 and 1", line: 3, column: 21, endLine: 3, endColumn: 24 },
        { messageId: 'invalid', message: "'thread 1,2': '1,2' is not a number, a range N-M, 'all', 'odd' or 'even'", line: 3, column: 32, endLine: 3, endColumn: 35 },
        { messageId: 'invalid', message: "'thread 1/1': every thread set of a bind line must be in the same thread group", line: 4, column: 30, endLine: 4, endColumn: 33 },
        { messageId: 'invalid', message: "'process 2': '2' is outside 1..1", line: 5, column: 22, endLine: 5, endColumn: 23 },
        { messageId: 'invalid', line: 5, column: 32, endLine: 5, endColumn: 36 },
        { messageId: 'invalid', line: 6, column: 21, endLine: 6, endColumn: 26 },
      ],
    },
    {
      name: 'thread sets in 2.8',
      code: cfg('frontend f', '    bind :80 thread 1,1/2 thread 1/1,2', '    bind :81 thread 17/1 thread 1/65 thread 257', '    bind :82 thread all-2 thread 1x thread 1-2x thread /1 thread 1/2/3'),
      version: '2.8',
      errors: [
        { messageId: 'invalid', message: "'thread 1,1/2': a group-relative set ('1/2') after absolute ones", line: 2, column: 21, endLine: 2, endColumn: 26 },
        { messageId: 'invalid', message: "'thread 1/1,2': an absolute set ('2') after group-relative ones", line: 2, column: 34, endLine: 2, endColumn: 39 },
        { messageId: 'invalid', message: "'thread 17/1': the thread group must be between 1 and 16", line: 3, column: 21, endLine: 3, endColumn: 25 },
        { messageId: 'invalid', message: "'thread 1/65': the first thread of '65' must be between 1 and 64, or 'all', 'odd', 'even'", line: 3, column: 33, endLine: 3, endColumn: 37 },
        { messageId: 'invalid', message: "'thread 257': the first thread of '257' must be between 1 and 256, or 'all', 'odd', 'even'", line: 3, column: 45, endLine: 3, endColumn: 48 },
        { messageId: 'invalid', message: "'thread all-2': no range may follow 'all'", line: 4, column: 21, endLine: 4, endColumn: 26 },
        { messageId: 'invalid', message: "'thread 1x': unexpected 'x' in '1x'", line: 4, column: 34, endLine: 4, endColumn: 36 },
        { messageId: 'invalid', message: "'thread 1-2x': unexpected 'x' after '1-2'", line: 4, column: 44, endLine: 4, endColumn: 48 },
        { messageId: 'invalid', message: "'thread /1': a thread group number is expected before '/1'", line: 4, column: 56, endLine: 4, endColumn: 58 },
        { messageId: 'invalid', message: "'thread 1/2/3': a second thread group in '2/3'", line: 4, column: 66, endLine: 4, endColumn: 71 },
      ],
    },
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
    {
      name: 'shards past 256 on 2.8',
      version: '2.8',
      code: cfg('frontend f', '    bind :80 shards 257'),
      errors: [{ messageId: 'invalid', message: "'shards 257': shards are a number from 1 to 256, or 'by-thread' or 'by-group'", line: 2, column: 21, endLine: 2, endColumn: 24 }],
    },
  ],
});
