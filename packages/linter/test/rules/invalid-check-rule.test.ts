import rule from '../../src/rules/invalid-check-rule.js';
import { cfg, ruleTester } from '../rule-tester.js';

const backend = (...lines: string[]): string => cfg('backend b', '    mode http', '    option httpchk', ...lines.map((l) => `    ${l}`), '    server s 127.0.0.1:80 check');

ruleTester(rule, {
  valid: [
    { code: backend('http-check connect port 8080 ssl sni api.example.com alpn h2 linger', 'http-check send meth GET uri /health ver HTTP/1.1 hdr Host api.example.com body ping comment "health"', 'http-check send') },
    { code: backend('tcp-check connect send-proxy port 6379', 'tcp-check send PING\\r\\n comment ping', 'tcp-check send-binary 50494e47', 'tcp-check connect "${CHECK_OPTS}"') },
    { name: 'an empty word ends the options (HAProxy loops while *args[cur_arg])', code: backend('tcp-check connect port 80 "" bogus', 'tcp-check send ping "" bogus') },
  ],
  invalid: [
    {
      code: backend('http-check connect bogus', 'http-check connect addr', 'http-check send hdr Host a hdr host b', 'http-check send hdr X-A', 'http-check send bogus', 'tcp-check send', 'tcp-check send PING extra', 'tcp-check send-binary 504', 'tcp-check send-binary 50x9', 'tcp-check send-binary-lf 504'),
      errors: [
        { messageId: 'unknown', line: 4, column: 24, endLine: 4, endColumn: 29 },
        { messageId: 'noValue', message: "'addr' needs a value after it", line: 5, column: 24, endLine: 5, endColumn: 28 },
        { messageId: 'hostTwice', line: 6, column: 36, endLine: 6, endColumn: 40 },
        { messageId: 'hdr', line: 7, column: 21, endLine: 7, endColumn: 24 },
        { messageId: 'unknown', message: "'http-check send' does not know 'bogus' (it takes meth, uri, uri-lf, ver, body, body-lf, comment, hdr)", line: 8, column: 21, endLine: 8, endColumn: 26 },
        { messageId: 'noData', line: 9, column: 15, endLine: 9, endColumn: 19 },
        { messageId: 'unknown', line: 10, column: 25, endLine: 10, endColumn: 30 },
        { messageId: 'binary', message: "'tcp-check send-binary' data '504' must be an even number of hexadecimal digits", line: 11, column: 27, endLine: 11, endColumn: 30 },
        { messageId: 'binary', line: 12, column: 27, endLine: 12, endColumn: 31 },
      ],
    },
    {
      // haproxy 2.6: "'tcp-check send' : expects 'comment' but got 'if' as argument"
      name: 'check rules take no condition: if is an unknown word',
      code: backend('http-check send meth GET if { src 10.0.0.1 }', 'tcp-check send PING if TRUE'),
      errors: [
        { messageId: 'unknown', line: 4, column: 30, endLine: 4, endColumn: 32 },
        { messageId: 'unknown', line: 5, column: 25, endLine: 5, endColumn: 27 },
      ],
    },
    {
      // haproxy 2.6: 'hdr' expects <name> and <value> as arguments (the unset variable leaves an empty word)
      name: 'a value that expands to nothing',
      code: cfg('backend b', '  option httpchk', '  http-check send hdr User-Agent "${UA}"', '  server s 10.0.0.1:80 check'),
      errors: [{ messageId: 'hdr', line: 3, column: 19, endLine: 3, endColumn: 22 }],
    },
  ],
});
