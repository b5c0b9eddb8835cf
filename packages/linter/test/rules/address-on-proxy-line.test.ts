import rule from '../../src/rules/address-on-proxy-line.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ code: cfg('frontend main', '    bind *:5000', 'listen l from base') }],
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
  ],
});
