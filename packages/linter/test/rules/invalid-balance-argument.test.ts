import rule from '../../src/rules/invalid-balance-argument.js';
import { cfg, ruleTester } from '../rule-tester.js';

const backends = (...balances: string[]): string => cfg(...balances.flatMap((b, i) => [`backend b${i}`, `    balance ${b}`]));

ruleTester(rule, {
  valid: [
    { code: backends('random', 'random()', 'random(3)', 'random(0x10)', 'uri whole path-only depth 3 len 10', 'url_param id check_post', 'hash req.hdr(x),lower', 'hdr(host) use_domain_only', 'rdp-cookie', 'rdp-cookie(mstshash)', 'roundrobin') },
    { name: 'log-hash with converters (3.0+)', version: '3.0', code: cfg('backend b', '    mode log', '    balance log-hash ipmask(24)') },
  ],
  invalid: [
    {
      code: backends('random(0)', 'random(x)', 'random(2', 'uri len 0', 'uri bogus', 'url_param id bogus', 'hash', 'hash req.hdr(x) y', 'hdr()', 'hdr(host) bogus', 'rdp-cookie()'),
      errors: [
        { messageId: 'draws', message: "'balance random' needs at least 1 draw, not 0", line: 2, column: 13, endLine: 2, endColumn: 22 },
        { messageId: 'drawsChar', line: 4, column: 13, endLine: 4, endColumn: 22 },
        { messageId: 'drawsParen', line: 6, column: 13, endLine: 6, endColumn: 21 },
        { messageId: 'positive', message: "'balance uri len' needs a positive integer (got '0')", line: 8, column: 21, endLine: 8, endColumn: 22 },
        { messageId: 'uriOption', line: 10, column: 17, endLine: 10, endColumn: 22 },
        { messageId: 'modifier', line: 12, column: 26, endLine: 12, endColumn: 31 },
        { messageId: 'hashExpr', line: 14, column: 13, endLine: 14, endColumn: 17 },
        { messageId: 'hashExtra', line: 16, column: 29, endLine: 16, endColumn: 30 },
        { messageId: 'emptyName', line: 18, column: 13, endLine: 18, endColumn: 18 },
        { messageId: 'modifier', line: 20, column: 23, endLine: 20, endColumn: 28 },
        { messageId: 'emptyName', message: "'balance rdp-cookie' needs a cookie name between the parentheses", line: 22, column: 13, endLine: 22, endColumn: 25 },
      ],
    },
    {
      name: 'log-hash without converters',
      version: '3.0',
      code: cfg('backend b', '    mode log', '    balance log-hash'),
      errors: [{ messageId: 'logHash', line: 3, column: 13, endLine: 3, endColumn: 21 }],
    },
  ],
});
