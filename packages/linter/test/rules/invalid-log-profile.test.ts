import rule from '../../src/rules/invalid-log-profile.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'every step, each action, several actions on one line',
      version: '3.1',
      code: cfg('log-profile p', '    log-tag audit', '    on accept drop', '    on request format "%ci %r"', '    on connect sd "[x]"', '    on response drop format "%ST"', '    on close format "%ci" sd "%ID"', '    on error drop', '    on any format "%ci"', '    on http-req drop', '    on http-res drop', '    on http-after-res drop', '    on quic-init drop', '    on tcp-req-conn drop', '    on tcp-req-sess drop', '    on tcp-req-cont drop', '    on tcp-res-cont drop'),
    },
    { name: "an 'on' line outside a log-profile section is another rule's business", version: '3.1', code: cfg('frontend f', '    bind :80', '    on bogus') },
  ],
  invalid: [
    {
      version: '3.1',
      code: cfg('log-profile p', '    on', '    on requst format "%ci"', '    on close', '    on any drop bogus', '    on error format', '    on accept sd'),
      errors: [
        { messageId: 'noStep', line: 2, column: 5, endLine: 2, endColumn: 7 },
        { messageId: 'step', message: "unknown log step 'requst' (steps: accept, request, connect, response, close, error, any, http-req, http-res, http-after-res, quic-init, tcp-req-conn, tcp-req-sess, tcp-req-cont, tcp-res-cont); did you mean 'request' maybe ?", line: 3, column: 8, endLine: 3, endColumn: 14 },
        { messageId: 'noAction', message: "'on close' needs 'drop', 'format FMT' or 'sd FMT'", line: 4, column: 8, endLine: 4, endColumn: 13 },
        { messageId: 'action', message: "'on any' expects 'drop', 'format' or 'sd', not 'bogus'", line: 5, column: 17, endLine: 5, endColumn: 22 },
        { messageId: 'noFormat', message: "'format' needs a log-format string after it", line: 6, column: 14, endLine: 6, endColumn: 20 },
        { messageId: 'noFormat', line: 7, column: 15, endLine: 7, endColumn: 17 },
      ],
    },
  ],
});
