import rule from '../../src/rules/keyword-not-allowed.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'http-send-name-header is read in defaults and inherited, whatever the 2.4-2.7 manuals say', version: '2.4', code: cfg('defaults', '    mode http', '    http-send-name-header X-Server') },
    { code: cfg('defaults base', '    http-request deny if { path /x }', 'backend b', '    server s 127.0.0.1:80') },
    { name: 'a frontend-only keyword in a backend is only ignored', code: cfg('backend b', '    bind :80') },
    { name: 'global keywords that take no', code: cfg('global', '    no log', '    no busy-polling') },
  ],
  invalid: [
    {
      name: 'hash-preserve-affinity in a frontend and force-be-switch in a backend are refused (3.4)',
      version: '3.4',
      code: cfg('frontend f', '    bind :80', '    hash-preserve-affinity always', 'backend b', '    force-be-switch if TRUE'),
      errors: [
        { messageId: 'section', message: "'hash-preserve-affinity' not allowed in 'frontend' section", line: 3, column: 5, endLine: 3, endColumn: 27 },
        { messageId: 'section', line: 5, column: 5, endLine: 5, endColumn: 20 },
      ],
    },
    {
      name: 'tcp-response rules and delays are refused in a frontend',
      code: cfg('frontend f', '    bind :80', '    tcp-response inspect-delay 1s', '    tcp-response content accept'),
      errors: [
        { messageId: 'section', message: "'tcp-response inspect-delay' not allowed in 'frontend' section", line: 3, column: 5, endLine: 3, endColumn: 31 },
        { messageId: 'section', line: 4, column: 5, endLine: 4, endColumn: 25 },
      ],
    },
    {
      name: 'from 3.2 a misplaced flag option is refused after its warning (unknown option)',
      version: '3.2',
      code: cfg('backend b', '    option dontlognull', '    no option logasap', '    option redispatch', 'frontend f', '    option log-health-checks', '    option abortonclose', '    option redispatch'),
      errors: [
        { messageId: 'section', message: "'option dontlognull' not allowed in 'backend' section", line: 2, column: 5, endLine: 2, endColumn: 23 },
        { messageId: 'section', line: 3, column: 5, endLine: 3, endColumn: 22 },
        { messageId: 'section', line: 6, column: 5, endLine: 6, endColumn: 29 },
        { messageId: 'section', line: 7, column: 5, endLine: 7, endColumn: 24 },
      ],
    },
    {
      name: '3.4 lets a frontend set abortonclose',
      version: '3.4',
      code: cfg('frontend f', '    option abortonclose', '    option log-health-checks'),
      errors: [{ messageId: 'section', line: 3, column: 5, endLine: 3, endColumn: 29 }],
    },
    {
      name: "'declare capture' is refused outside frontends and listens",
      code: cfg('backend b', '    declare capture request len 10'),
      errors: [{ messageId: 'section', message: "'declare capture' not allowed in 'backend' section", line: 2, column: 5, endLine: 2, endColumn: 20 }],
    },
    {
      code: cfg('defaults', '    server s 127.0.0.1:80', '    use_backend b'),
      errors: [
        { messageId: 'section', message: "'server' not allowed in 'defaults' section", line: 2, column: 5, endLine: 2, endColumn: 11 },
        { messageId: 'section', line: 3, column: 5, endLine: 3, endColumn: 16 },
      ],
    },
    {
      name: 'rules need a named defaults section',
      code: cfg('defaults', '    acl a src 10.0.0.0/8', '    tcp-request connection reject'),
      errors: [
        { messageId: 'anonymous', line: 2, column: 5, endLine: 2, endColumn: 8 },
        { messageId: 'anonymous', line: 3, column: 5, endLine: 3, endColumn: 27 },
      ],
    },
    {
      code: cfg('frontend f', '    bind :80', '    server s 127.0.0.1:80', 'backend b', '    tcp-request connection reject'),
      errors: [
        { messageId: 'section', line: 3, column: 5, endLine: 3, endColumn: 11 },
        { messageId: 'section', line: 5, column: 5, endLine: 5, endColumn: 27 },
      ],
    },
    {
      name: "global 'no' on a keyword that refuses it",
      code: cfg('global', '    no maxconn'),
      errors: [{ messageId: 'prefix', line: 2, column: 5, endLine: 2, endColumn: 7 }],
    },
  ],
});
