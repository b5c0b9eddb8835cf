import rule from '../../src/rules/unknown-fetch.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'HAProxy reads nothing of a stick rule in a frontend (it warns that the rule is ignored)', code: cfg('frontend f', '    bind :80', '    stick on bogus', '    stick match') },
    { name: 'from 3.0 set-mark/set-tos take an integer or a fetch; before, a word is invalid-integer\'s', version: '3.0', code: cfg('frontend f', '    mode http', '    http-request set-mark src_port', '    http-request set-tos 0x10', '    http-request set-mark 0', '    http-request set-mark -1', '    http-request set-fc-mark 010') },
    { name: 'set-mark with a word before 3.0 is no fetch', version: '2.8', code: cfg('frontend f', '    mode http', '    http-request set-mark x') },
    { name: 'a connect port that is a number or a fetch', code: cfg('backend b', '  option tcp-check', '  tcp-check connect port 6379', '  tcp-check connect port src_port,add(1)') },
    { name: 'a delay with characters after its unit is still a delay to set-timeout (HAProxy warns)', code: cfg('backend b', '    mode http', '    http-request set-timeout server 5sec', '    http-request set-timeout server 2mn') },
    { name: 'set-cookie is still a fetch in 2.4', version: '2.4', code: cfg('frontend f', '    acl a set-cookie(SID) -m found') },
    { name: 'sc-set-gpt0 takes an integer or an expression', code: cfg('frontend f', '    stick-table type ip size 1k store gpt0', '    http-request track-sc0 src', '    http-request sc-set-gpt0(0) 1', '    http-request sc-set-gpt0(0) -1', '    http-request sc-set-gpt0(0) src_port') },{ code: cfg('frontend f', '    acl a hdr_beg(host) -i www.', '    http-request set-header X %[src]', '    http-request deny if { path_end .php }') }],
  invalid: [
    {
      name: "a stick rule's pattern (over several words) and a server's sni expression; not one from the environment",
      code: cfg('backend b', '    stick on src table b', '    stick store-response resp.payload_lv(43,1) if TRUE', '    stick match req.hdr(x), lower', '    server s1 10.0.0.1:443 ssl verify none sni req.hdr(host)', '    server s2 10.0.0.1:443 ssl verify none sni ssl_sni_host', '    server s3 10.0.0.1:443 ssl verify none sni "${SNI}"'),
      errors: [
        { messageId: 'unknown', message: "unknown fetch method 'resp.payload_lv'; did you mean 'res.payload_lv' maybe ?", line: 3, column: 26, endLine: 3, endColumn: 41 },
        { messageId: 'unknown', line: 6, column: 48, endLine: 6, endColumn: 60 },
      ],
    },
    {
      name: "from 3.0 a mark/TOS word strtoul() does not read whole is an expression: '08' (octal), '0x' and '0x10%[src]' are unknown fetches",
      version: '3.0',
      code: cfg('frontend f', '    mode http', '    http-request set-mark 08', '    http-request set-fc-tos 0x', '    http-request set-fc-mark 0x10%[src]'),
      errors: [
        { messageId: 'unknown', message: "unknown fetch method '08'", line: 3, column: 27, endLine: 3, endColumn: 29 },
        { messageId: 'unknown', message: "unknown fetch method '0x'", line: 4, column: 29, endLine: 4, endColumn: 31 },
        // No log-format here: the word is one expression, as HAProxy reads it.
        { messageId: 'unknown', line: 5, column: 30, endLine: 5, endColumn: 40 },
      ],
    },
    {
      name: 'from 3.0 a mark/TOS action reads a word that is no integer as a sample expression',
      version: '3.4',
      code: cfg('frontend f', '    mode http', '    http-request set-mark x', '    tcp-request connection set-fc-tos nosuch,add(1)'),
      errors: [
        { messageId: 'unknown', message: "unknown fetch method 'x'", line: 3, column: 27, endLine: 3, endColumn: 28 },
        { messageId: 'unknown', line: 4, column: 39, endLine: 4, endColumn: 45 },
      ],
    },
    {
      name: "a dynamic use_backend name, a health check's formats and its status-code expression",
      code: cfg('frontend f', '    mode http', '    bind :80', '    use_backend be_%[nosuch]', '    default_backend b', 'backend b', '    mode tcp', '    option tcp-check', '    tcp-check expect string-lf %[res.nosuch] on-error %[nosuch2] status-code nosuch3', '    server s1 127.0.0.1:80 check'),
      errors: [
        { messageId: 'unknown', message: "unknown fetch method 'nosuch'", line: 4, column: 22, endLine: 4, endColumn: 28 },
        { messageId: 'unknown', line: 9, column: 34, endLine: 9, endColumn: 44 },
        { messageId: 'unknown', line: 9, column: 57, endLine: 9, endColumn: 64 },
        { messageId: 'unknown', line: 9, column: 78, endLine: 9, endColumn: 85 },
      ],
    },
    {
      name: 'a fetch the documentation lists but HAProxy no longer registers',
      code: cfg('frontend f', '    acl a set-cookie(SID) -m found', '    http-request set-var(txn.x) set-cookie(SID)'),
      errors: [
        { messageId: 'gone', message: "HAProxy 2.6 has no fetch method 'set-cookie' any more (the documentation still lists it; it is gone since 2.5)", line: 2, column: 11, endLine: 2, endColumn: 21 },
        { messageId: 'gone', line: 3, column: 33, endLine: 3, endColumn: 43 },
      ],
    },
    {
      code: cfg('frontend f', '    acl a pth_beg /x', '    http-request set-header X %[scr]', '    http-request set-var(txn.x) req.cook_names'),
      errors: [
        { messageId: 'unknown', line: 2, column: 11, endLine: 2, endColumn: 18 },
        { messageId: 'unknown', message: "unknown fetch method 'scr'; did you mean 'src' maybe ?", line: 3, column: 33, endLine: 3, endColumn: 36 },
        { messageId: 'newer', line: 4, column: 33, endLine: 4, endColumn: 47 },
      ],
    },
    {
      name: 'a connect port that is no number is a sample expression',
      code: cfg('backend b', '  option tcp-check', '  tcp-check connect port 80x', '  tcp-check connect port redis'),
      errors: [
        { messageId: 'unknown', line: 3, column: 26, endLine: 3, endColumn: 29 },
        { messageId: 'unknown', line: 4, column: 26, endLine: 4, endColumn: 31 },
      ],
    },
  ],
});
