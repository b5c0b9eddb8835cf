import rule from '../../src/rules/send-name-header-forbidden.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'a header of its own', version: '3.4', code: cfg('backend b', '  mode http', '  http-send-name-header X-Server', '  server s 10.0.0.1:80') },
    { name: 'HAProxy 3.2 still accepts Host', version: '3.2', code: cfg('backend b', '  mode http', '  http-send-name-header Host', '  server s 10.0.0.1:80') },
  ],
  invalid: [
    {
      name: 'Host, in any case, and the framing headers',
      version: '3.4',
      code: cfg('backend b', '  mode http', '  http-send-name-header Host', '  server s 10.0.0.1:80', 'defaults', '  mode http', '  http-send-name-header "${HDR}"'),
      env: { HDR: 'Content-Length' },
      errors: [
        { messageId: 'forbidden', message: "'http-send-name-header Host': HAProxy 3.4 refuses to overwrite the Host header with the server's name (Host, Content-Length, Transfer-Encoding and Connection are refused from 3.3); send it in a header of its own", line: 3, column: 25, endLine: 3, endColumn: 29 },
        { messageId: 'forbidden', line: 7, column: 25, endLine: 7, endColumn: 33 },
      ],
    },
  ],
});
