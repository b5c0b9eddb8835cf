import rule from '../../src/rules/address-on-proxy-line.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('frontend main', '    bind *:5000', 'listen l from base') },
    { name: 'an empty section before 3.3: HAProxy only alerts and leaves the proxy out', version: '3.2', code: cfg('frontend main *:5000', 'backend b x') },
    { name: 'an empty backend in any release', version: '3.4', code: cfg('backend b x') },
    { name: 'an empty word ends the header', code: cfg('frontend main ""', '    bind :80') },
  ],
  invalid: [
    {
      name: 'the old sample configuration',
      code: cfg('frontend main *:5000', '    default_backend app'),
      errors: [{ messageId: 'address', message: "'frontend main *:5000': addresses on the section line are not supported anymore; use the 'bind' keyword", line: 1, column: 15, endLine: 1, endColumn: 21 }],
      output: cfg('frontend main', '    bind *:5000', '    default_backend app'),
    },
    {
      name: 'a CRLF file gets a CRLF line',
      code: 'frontend main *:5000\r\n    default_backend app\r\n',
      errors: [{ messageId: 'address', line: 1, column: 15, endLine: 1, endColumn: 21 }],
      output: 'frontend main\r\n    bind *:5000\r\n    default_backend app\r\n',
    },
    {
      code: cfg('listen stats 0.0.0.0:8080,:8081', '  stats enable'),
      errors: [{ messageId: 'address', line: 1, column: 14, endLine: 1, endColumn: 32 }],
      output: null,
    },
    {
      name: 'refused from 3.3 even with nothing in the section',
      version: '3.3',
      code: cfg('frontend main *:5000'),
      errors: [{ messageId: 'address', line: 1, column: 15, endLine: 1, endColumn: 21 }],
      output: cfg('frontend main', '    bind *:5000'),
    },
    {
      name: 'a backend with a second word is not created: its lines are refused',
      version: '2.6',
      code: cfg('backend app x y', '    server s1 10.0.0.1:80'),
      errors: [{ messageId: 'extra', message: "'backend app x': a proxy header takes only a name and 'from DEFAULTS'; HAProxy does not create this backend and refuses every line of it", line: 1, column: 13, endLine: 1, endColumn: 16 }],
    },
    {
      name: "words after 'from NAME'",
      version: '2.6',
      code: cfg('backend app from base x'),
      errors: [{ messageId: 'tooMany', message: "'backend app': unexpected 'x' after 'from base'", line: 1, column: 23, endLine: 1, endColumn: 24 }],
    },
  ],
});
