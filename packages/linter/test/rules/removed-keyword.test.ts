import rule from '../../src/rules/removed-keyword.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('defaults', '    timeout connect 5s', '    option redispatch') },
    { name: 'nbproc is still accepted by 2.4', code: cfg('global', '    nbproc 1'), version: '2.4' },
    { name: '2.4 still reads option forceclose and http-tunnel (with a warning)', code: cfg('backend b', '    option forceclose', '    option http-tunnel'), version: '2.4' },
    { name: 'the program section before 3.3', code: cfg('program p', '    command /bin/true'), version: '3.2' },
    { name: 'a bare master-worker before 3.5', code: cfg('global', '    master-worker'), version: '3.4' },
    { name: '3.5 still reads master-worker no-exit-on-failure', code: cfg('global', '    master-worker no-exit-on-failure'), version: '3.5-dev' },
  ],
  invalid: [
    {
      name: "from 2.7 'option httpchk' refuses headers hidden after the HTTP version",
      version: '2.7',
      code: cfg('backend b', '    mode http', '    option httpchk GET /health "HTTP/1.1\\r\\nHost: example.com"'),
      errors: [
        {
          messageId: 'legacy',
          message: "'headers or a body after the HTTP version of option httpchk' is not supported anymore since HAProxy 2.7; use 'http-check send hdr NAME VALUE' (and 'body')",
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 63,
        },
      ],
    },
    {
      name: '3.5 refuses a bare master-worker',
      code: cfg('global', '    master-worker'),
      version: '3.5-dev',
      errors: [{ messageId: 'legacy', message: "'master-worker' is not supported anymore since HAProxy 3.5-dev; use the -W or -Ws command-line flag ('master-worker no-exit-on-failure' is still read)", line: 2, column: 5, endLine: 2, endColumn: 18 }],
    },
    {
      name: 'the program section, gone in 3.3',
      code: cfg('program p', '    command /bin/true'),
      version: '3.3',
      errors: [{ messageId: 'legacy', message: "'program' is not supported anymore since HAProxy 3.3; use the service manager (systemd, …) to start the program", line: 1, column: 1, endLine: 1, endColumn: 8 }],
      output: null,
    },
    {
      name: 'option forceclose from 2.5',
      code: cfg('backend b', '    option forceclose'),
      version: '2.5',
      errors: [{ messageId: 'legacy', line: 2, column: 5, endLine: 2, endColumn: 22 }],
      output: null,
    },
    {
      name: 'mechanical rewrite',
      code: cfg('defaults', '    contimeout 5s', '    clitimeout 30s'),
      errors: [
        { messageId: 'legacy', line: 2, column: 5, endLine: 2, endColumn: 15 },
        { messageId: 'legacy', line: 3, column: 5, endLine: 3, endColumn: 15 },
      ],
      output: cfg('defaults', '    timeout connect 5s', '    timeout client 30s'),
    },
    {
      name: "seed 004: 'option http-use-htx' is dropped",
      code: cfg('defaults', '    mode http', '    option http-use-htx', '    option httplog'),
      errors: [{ messageId: 'legacy', line: 3, column: 5, endLine: 3, endColumn: 24 }],
      output: cfg('defaults', '    mode http', '    option httplog'),
    },
    {
      name: 'a dropped line keeps its trailing comment on a line of its own',
      code: cfg('defaults', '    bind-process 1-4 # one per core', '    maxconn 100'),
      version: '2.7',
      errors: [{ messageId: 'legacy', line: 2, column: 5, endLine: 2, endColumn: 17 }],
      output: cfg('defaults', '    # one per core', '    maxconn 100'),
    },
    {
      name: "seed 003: 'appsession' has no mechanical fix",
      code: cfg('backend b', '    appsession JSESSIONID len 52 timeout 3h'),
      errors: [{ messageId: 'legacy', message: "'appsession' is not supported anymore since HAProxy 1.6; use cookie-based persistence (cookie) or a stick-table keyed on the session cookie", line: 2, column: 5, endLine: 2, endColumn: 15 }],
      output: null,
    },
    {
      code: cfg('global', '    nbproc 2', 'frontend f', '    reqrep ^(.*) \\1'),
      errors: [
        { messageId: 'legacy', line: 2, column: 5, endLine: 2, endColumn: 11 },
        { messageId: 'legacy', line: 4, column: 5, endLine: 4, endColumn: 11 },
      ],
    },
  ],
});
