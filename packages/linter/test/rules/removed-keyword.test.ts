import rule from '../../src/rules/removed-keyword.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('defaults', '    timeout connect 5s', '    option redispatch') },
    { name: 'nbproc is still accepted by 2.4', code: cfg('global', '    nbproc 1'), version: '2.4' },
  ],
  invalid: [
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
