import rule from '../../src/rules/global-setting-ignored.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('global', '    maxconn 2000', '    pidfile /run/haproxy.pid', '    user haproxy', '    group haproxy') },
    { name: 'a first value that leaves the setting unset (up to 3.2)', version: '3.2', code: cfg('global', '    maxconn 0', '    maxconn 2000', '    user root', '    user haproxy', '    gid 0', '    group haproxy') },
  ],
  invalid: [
    {
      name: 'from 3.3, root and id 0 set the user and group too',
      version: '3.3',
      code: cfg('global', '    user root', '    uid 99', '    gid 0', '    group haproxy'),
      errors: [
        { messageId: 'ignored', message: "'uid' is ignored: line 2 already set 'user', and HAProxy keeps the first value", line: 3, column: 5, endLine: 3, endColumn: 8 },
        { messageId: 'ignored', message: "'group' is ignored: line 4 already set 'gid', and HAProxy keeps the first value", line: 5, column: 5, endLine: 5, endColumn: 10 },
      ],
    },
    {
      code: cfg('global', '    maxconn 2000', '    user haproxy', '    uid 99', '    maxconn 50000'),
      errors: [
        { messageId: 'ignored', message: "'uid' is ignored: line 3 already set 'user', and HAProxy keeps the first value", line: 4, column: 5, endLine: 4, endColumn: 8 },
        { messageId: 'ignored', message: "'maxconn' is ignored: line 2 already set 'maxconn', and HAProxy keeps the first value", line: 5, column: 5, endLine: 5, endColumn: 12 },
      ],
    },
    {
      name: 'across global sections, for paths too',
      code: cfg('global', '    pidfile /run/a.pid', '    chroot /var/empty', 'defaults', '    mode http', 'global', '    pidfile /run/b.pid', '    chroot /srv', '    gid 99', '    group nogroup'),
      errors: [
        { messageId: 'ignored', line: 7, column: 5, endLine: 7, endColumn: 12 },
        { messageId: 'ignored', line: 8, column: 5, endLine: 8, endColumn: 11 },
        { messageId: 'ignored', message: "'group' is ignored: line 9 already set 'gid', and HAProxy keeps the first value", line: 10, column: 5, endLine: 10, endColumn: 10 },
      ],
    },
  ],
});
