import rule from '../../src/rules/check-timing.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'defaults: inter 2s fall 3 rise 2', code: cfg('backend b', '  server a 10.0.0.1:80 check') },
    { name: 'long inter with a short fastinter', code: cfg('backend b', '  server a 10.0.0.1:80 check inter 30s fastinter 1s fall 3') },
    { name: 'unchecked servers have no timing', code: cfg('backend b', '  server a 10.0.0.1:80 inter 1m fall 10') },
  ],
  invalid: [
    {
      code: cfg('backend b', '  server a 10.0.0.1:80 check inter 500 fall 1 rise 1', '  default-server inter 30s', '  server c 10.0.0.2:80 check fall 3'),
      errors: [
        { messageId: 'flap', message: "server 'a' checks every 500ms with fall 1 and rise 1: a single lost check takes it out and a single answer brings it back, so it flaps; use e.g. fall 3 rise 2", line: 2, column: 10, endLine: 2, endColumn: 11 },
        { messageId: 'slow', message: "server 'c' is marked DOWN only 90s after it dies (inter 30s × fall 3): requests fail for that long; lower 'inter' or 'fall', or set 'fastinter'", line: 4, column: 10, endLine: 4, endColumn: 11 },
      ],
    },
  ],
});
