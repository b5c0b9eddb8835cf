import rule from '../../src/rules/invalid-redirect.js';
import { cfg, ruleTester } from '../rule-tester.js';

const fe = (...lines: string[]): string => cfg('frontend f', '    mode http', '    bind :80', ...lines.map((l) => `    ${l}`));

ruleTester(rule, {
  valid: [
    { code: fe('redirect location /a code 301 drop-query append-slash ignore-empty set-cookie A=1 if TRUE', 'redirect scheme https code 308 unless { ssl_fc }', 'redirect prefix /new clear-cookie A=', 'http-request redirect location /x code 302x', 'http-response redirect location /a code 307', 'redirect location "${TARGET}"') },
    { name: 'keep-query and set-cookie-fmt from 3.1', version: '3.1', code: fe('http-request redirect location /a keep-query set-cookie-fmt A=%[src]') },
  ],
  invalid: [
    {
      name: 'no type, unknown options, values missing, codes HAProxy does not send',
      code: fe('redirect', 'redirect code 301', 'redirect location /a bogus', 'redirect location', 'redirect location /a code 304', 'http-request redirect location /a code x', 'http-request redirect location /a set-cookie if TRUE'),
      errors: [
        { messageId: 'noType', message: "'redirect' needs a redirection type: 'location', 'prefix' or 'scheme' followed by its target", line: 4, column: 5, endLine: 4, endColumn: 13 },
        { messageId: 'noType', line: 5, column: 5, endLine: 5, endColumn: 13 },
        { messageId: 'unknown', message: "'redirect' does not know 'bogus' (it takes location, prefix, scheme, set-cookie, clear-cookie, code, drop-query, append-slash, ignore-empty)", line: 6, column: 26, endLine: 6, endColumn: 31 },
        { messageId: 'noValue', message: "'location' needs a value after it", line: 7, column: 14, endLine: 7, endColumn: 22 },
        { messageId: 'code', message: "redirect code '304' is not one of 301, 302, 303, 307, 308", line: 8, column: 31, endLine: 8, endColumn: 34 },
        { messageId: 'code', line: 9, column: 44, endLine: 9, endColumn: 45 },
        { messageId: 'noValue', line: 10, column: 39, endLine: 10, endColumn: 49 },
      ],
    },
    {
      name: 'responses redirect to a location only; options newer than the target',
      code: fe('http-response redirect prefix /a', 'http-request redirect location /a keep-query'),
      version: '2.6',
      errors: [
        { messageId: 'response', message: "'http-response redirect' only supports the type 'location'", line: 4, column: 28, endLine: 4, endColumn: 34 },
        { messageId: 'unknown', line: 5, column: 39, endLine: 5, endColumn: 49 },
      ],
    },
    {
      name: 'ignore-empty from 2.5',
      version: '2.4',
      code: fe('redirect location /a ignore-empty'),
      errors: [{ messageId: 'unknown', message: "'redirect' does not know 'ignore-empty' (it takes location, prefix, scheme, set-cookie, clear-cookie, code, drop-query, append-slash)", line: 4, column: 26, endLine: 4, endColumn: 38 }],
    },
  ],
});
