import rule from '../../src/rules/undefined-userlist-group.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("userlist u", "    group g users a", "    user a password x groups g") },
    {
      name: 'http_auth_group() ACLs naming declared groups, or reading them from a file',
      code: cfg('frontend f', '    mode http', '    bind :80', '    acl ops http_auth_group(u) ops admins', '    acl listed http_auth_group(u) -f /etc/haproxy/groups.lst', '    http-request auth unless ops || listed || { http_auth_group(u) admins }', 'userlist u', '    group ops', '    group admins'),
    },
  ],
  invalid: [
    {
      name: "unknown group",
      code: cfg("userlist u", "    group g1", "    user a password x groups g1,g2"),
      errors: [{ messageId: "group", line: 3, column: 33, endLine: 3, endColumn: 35 }],
    },
    {
      name: "unknown user",
      code: cfg("userlist u", "    group g users a,b", "    user a password x"),
      errors: [{ messageId: "user", line: 2, column: 21, endLine: 2, endColumn: 22 }],
    },
    {
      name: 'http_auth_group() ACLs: a group the userlist lacks, no group at all (named or anonymous)',
      code: cfg('frontend f', '    mode http', '    bind :80', '    acl ops http_auth_group(u) ops admin', '    acl any http_auth_group(u)', '    http-request auth unless ops || any || { http_auth_group(u) }', 'userlist u', '    group ops', '    group admins'),
      errors: [
        { messageId: 'aclGroup', message: "http_auth_group(u): userlist 'u' has no group 'admin'", line: 4, column: 36, endLine: 4, endColumn: 41 },
        { messageId: 'aclNoGroup', message: 'http_auth_group(u) needs the groups to accept as patterns: with none, HAProxy refuses the ACL', line: 5, column: 13, endLine: 5, endColumn: 31 },
        { messageId: 'aclNoGroup', line: 6, column: 46, endLine: 6, endColumn: 64 },
      ],
    },
  ],
});
