import rule from '../../src/rules/invalid-status-code.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'atol() reads the leading digits', code: cfg('backend b', '    errorfile 503x /x.http') },
    { code: cfg('backend b', '    errorfile 503 /x.http', '    errorloc302 403 http://x', '    http-error status 200 content-type text/plain string ok', '    http-request deny deny_status 429', '    http-request deny status 418', '    http-request return status 302') },
    { name: '422 from 2.5, 414 and 431 from 3.1', code: cfg('backend b', '    errorfile 422 /x.http', '    errorfile 431 /y.http'), version: '3.1' },
  ],
  invalid: [
    {
      name: 'codes are read with atol(): digits up to the first other character',
      code: cfg('backend b', '    errorfile 5x02 /x.http', '    errorloc x503 http://x', '    http-response return status 20x'),
      errors: [
        { messageId: 'notHandled', line: 2, column: 15, endLine: 2, endColumn: 19 },
        { messageId: 'notHandled', line: 3, column: 14, endLine: 3, endColumn: 18 },
        { messageId: 'range', line: 4, column: 33, endLine: 4, endColumn: 36 },
      ],
    },
    {
      code: cfg('backend b', '    errorfile 999 /x.http', '    errorloc 418 http://x', '    http-error status 302 content-type text/plain string x', '    http-request tarpit deny_status 418', '    http-response return status 99', '    errorfile 431 /y.http'),
      errors: [
        { messageId: 'notHandled', message: "status code '999' not handled by 'errorfile': HAProxy 2.6 keeps error messages for 200, 400, 401, 403, 404, 405, 407, 408, 410, 413, 421, 422, 425, 429, 500, 501, 502, 503, 504", line: 2, column: 15, endLine: 2, endColumn: 18 },
        { messageId: 'notHandled', line: 3, column: 14, endLine: 3, endColumn: 17 },
        { messageId: 'notHandled', line: 4, column: 23, endLine: 4, endColumn: 26 },
        { messageId: 'notHandled', line: 5, column: 37, endLine: 5, endColumn: 40 },
        { messageId: 'range', message: "'http-response return status 99': HAProxy expects a status from 200 to 599", line: 6, column: 33, endLine: 6, endColumn: 35 },
        { messageId: 'notHandled', line: 7, column: 15, endLine: 7, endColumn: 18 },
      ],
    },
  ],
});
