import rule from '../../src/rules/invalid-name.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'letters, digits, - _ . :', code: cfg('backend b', '    acl is_api.v2:x-y path_beg /api', '    server s.1:a-b_c 127.0.0.1:80', '    server-template web- 3 127.0.0.1:80', '    default-server check') },
    { name: 'names from the environment are left alone', code: cfg('backend b', '    server "${NAME}" 127.0.0.1:80') },
    { name: 'peers and mailers', code: cfg('peers p', '    peer local 127.0.0.1:1000', '    server remote 127.0.0.2:1000', 'mailers m', '    mailer smtp1 127.0.0.1:25') },
  ],
  invalid: [
    {
      name: 'servers, prefixes and ACLs of a proxy',
      code: cfg('backend b', '    server web_}1 10.0.0.1:80', '    server-template s( 2 10.0.0.2:80', '    acl a(1 path /', '    server "s 1" 10.0.0.3:80'),
      errors: [
        { messageId: 'char', message: "character '}' is not permitted in server name 'web_}1'", line: 2, column: 12, endLine: 2, endColumn: 18 },
        { messageId: 'char', message: "character '(' is not permitted in server-template prefix 's('", line: 3, column: 21, endLine: 3, endColumn: 23 },
        { messageId: 'char', message: "character '(' is not permitted in acl name 'a(1'", line: 4, column: 9, endLine: 4, endColumn: 12 },
        { messageId: 'char', message: "character ' ' is not permitted in server name 's 1'", line: 5, column: 12, endLine: 5, endColumn: 17 },
      ],
    },
    {
      name: 'peers and mailers',
      code: cfg('peers p', '    peer a% 127.0.0.1:1000', '    server b@ 127.0.0.1:1001', 'mailers m', '    mailer m[ 127.0.0.1:25'),
      errors: [
        { messageId: 'char', message: "character '%' is not permitted in peer name 'a%'", line: 2, column: 10, endLine: 2, endColumn: 12 },
        { messageId: 'char', line: 3, column: 12, endLine: 3, endColumn: 14 },
        { messageId: 'char', line: 5, column: 12, endLine: 5, endColumn: 14 },
      ],
    },
    {
      name: 'an unquoted $VAR is no variable in a name',
      code: cfg('backend b', '    server ${HOST}:5432 db1 check', '    server app$1 127.0.0.1:80'),
      errors: [
        { messageId: 'char', message: "character '$' is not permitted in server name '${HOST}:5432'", line: 2, column: 12, endLine: 2, endColumn: 24 },
        { messageId: 'char', line: 3, column: 12, endLine: 3, endColumn: 17 },
      ],
    },
  ],
});
