import rule from '../../src/rules/experimental-not-exposed.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: "an 'acme' section after the permission", version: '3.4', code: cfg('global', '    expose-experimental-directives', 'acme le', '    directory https://acme.example/directory') },
    { code: cfg('global', '    expose-experimental-directives', '    tune.fd.edge-triggered on', 'frontend f', '    mode http', '    bind :80', '    http-request normalize-uri path-merge-slashes') },
    { name: 'nbconn is not experimental before 2.9 (unknown there: another rule)', code: cfg('frontend f', '    bind :80 nbconn 2'), version: '2.6' },
  ],
  invalid: [
    {
      name: "the 'acme' section (3.2+) is experimental",
      version: '3.4',
      code: cfg('acme le', '    directory https://acme.example/directory'),
      errors: [{ messageId: 'experimental', message: "'acme' is experimental in HAProxy 3.4: it must be allowed by 'expose-experimental-directives' in the global section, before this line", line: 1, column: 1, endLine: 1, endColumn: 5 }],
    },
    {
      name: 'without the permission, or with it too late',
      code: cfg('global', '    tune.fd.edge-triggered on', '    expose-experimental-directives', 'frontend f', '    mode http', '    bind :80', '    http-request normalize-uri path-merge-slashes'),
      errors: [{ messageId: 'experimental', message: "'tune.fd.edge-triggered' is experimental in HAProxy 2.6: it must be allowed by 'expose-experimental-directives' in the global section, before this line", line: 2, column: 5, endLine: 2, endColumn: 27 }],
    },
    {
      code: cfg('frontend f', '    mode http', '    bind :80 nbconn 2', '    http-request normalize-uri path-merge-slashes'),
      version: '3.0',
      errors: [
        { messageId: 'experimental', line: 3, column: 14, endLine: 3, endColumn: 20 },
        { messageId: 'experimental', line: 4, column: 18, endLine: 4, endColumn: 31 },
      ],
    },
  ],
});
