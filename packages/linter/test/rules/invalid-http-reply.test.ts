import rule from '../../src/rules/invalid-http-reply.js';
import { cfg, ruleTester } from '../rule-tester.js';

const fe = (...lines: string[]): string => cfg('frontend f', '    mode http', '    bind :80', ...lines.map((l) => `    ${l}`));

ruleTester(rule, {
  valid: [
    { name: "'http-error' with its status and a reply", code: cfg('frontend f', '    http-error status 503 content-type text/plain string "try again" hdr Retry-After 5', '    http-error status 403 errorfile /etc/haproxy/errors/403.http') },
    {
      code: fe(
        'http-request return status 200 content-type text/plain string ok hdr X-A 1 if { path /health }',
        'http-request return status 204',
        'http-request return content-type application/json lf-string "{\\"ip\\":\\"%[src]\\"}"',
        'http-request deny deny_status 429',
        'http-request deny deny_status 429 content-type text/plain string slow',
        'http-request tarpit status 500 errorfiles errors',
        'http-response deny status 502 default-errorfiles',
        'http-request return "${REPLY}"',
        'http-request return "" status 999',
      ),
    },
  ],
  invalid: [
    {
      name: 'unknown words, values missing, two payloads',
      code: fe('http-request return bogus', 'http-request deny x', 'http-request return status', 'http-request return hdr X-A', 'http-request return content-type text/plain string a file /x'),
      errors: [
        { messageId: 'unknown', message: "'http-request return' does not know 'bogus' (it takes status, content-type, hdr and one payload: string, lf-string, file, lf-file, errorfile, errorfiles or default-errorfiles)", line: 4, column: 25, endLine: 4, endColumn: 30 },
        { messageId: 'unknown', line: 5, column: 23, endLine: 5, endColumn: 24 },
        { messageId: 'noValue', message: "'status' needs a value after it", line: 6, column: 25, endLine: 6, endColumn: 31 },
        { messageId: 'hdr', line: 7, column: 25, endLine: 7, endColumn: 28 },
        { messageId: 'twoPayloads', message: "'file' is a second payload: 'string' already defines this reply's body", line: 8, column: 58, endLine: 8, endColumn: 62 },
      ],
    },
    {
      name: 'text bodies need a content type; 204 and 304 have none',
      code: fe('http-request return status 200 string ok', 'http-request deny deny_status 429 lf-string %[src]', 'http-request return status 204 content-type text/plain string ok'),
      errors: [
        { messageId: 'noContentType', message: "a 'string' body needs a 'content-type'", line: 4, column: 36, endLine: 4, endColumn: 42 },
        { messageId: 'noContentType', line: 5, column: 39, endLine: 5, endColumn: 48 },
        { messageId: 'noBody', message: "a 204 response has no body: remove 'string'", line: 6, column: 60, endLine: 6, endColumn: 66 },
      ],
    },
    {
      name: "the stats page's http-request rules build the same replies",
      code: cfg('backend b', '  mode http', '  stats enable', '  stats http-request deny foo', '  stats http-request return status 200 string ok', '  stats http-request deny deny_status 403 if TRUE'),
      errors: [
        { messageId: 'unknown', message: "'http-request deny' does not know 'foo' (it takes status, content-type, hdr and one payload: string, lf-string, file, lf-file, errorfile, errorfiles or default-errorfiles)", line: 4, column: 27, endLine: 4, endColumn: 30 },
        { messageId: 'noContentType', line: 5, column: 40, endLine: 5, endColumn: 46 },
      ],
    },
    {
      // haproxy 2.6: 'status' expects <status_code> as argument; 'content-type' expects a value
      name: 'deny_status without its code, values that expand to nothing',
      code: cfg('backend b', '  mode http', '  http-request deny deny_status', '  http-request tarpit deny_status "${S}"', '  http-request return status 200 content-type "${CT}" string x'),
      errors: [
        { messageId: 'noValue', message: "'deny_status' needs a value after it", line: 3, column: 21, endLine: 3, endColumn: 32 },
        { messageId: 'noValue', line: 4, column: 23, endLine: 4, endColumn: 34 },
        { messageId: 'noValue', message: "'content-type' needs a value after it", line: 5, column: 34, endLine: 5, endColumn: 46 },
      ],
    },
    {
      name: "'http-error' needs its status and takes only reply options",
      code: cfg('frontend f', '    http-error 503', '    http-error content-type text/plain string down', '    http-error status 503 retry'),
      errors: [
        { messageId: 'unknown', message: "'http-error' does not know '503' (it takes status, content-type, hdr and one payload: string, lf-string, file, lf-file, errorfile, errorfiles or default-errorfiles)", line: 2, column: 16, endLine: 2, endColumn: 19 },
        { messageId: 'noStatus', message: "'http-error' needs the status it replaces: 'http-error status <code> …'", line: 3, column: 5, endLine: 3, endColumn: 15 },
        { messageId: 'unknown', line: 4, column: 27, endLine: 4, endColumn: 32 },
      ],
    },
  ],
});
