import rule from '../../src/rules/backend-shadowed-by-resolvers.js';
import { cfg, ruleTester } from '../rule-tester.js';

const resolvers = ['resolvers dns', '    nameserver ns1 127.0.0.1:53'];

ruleTester(rule, {
  valid: [
    { name: 'before 3.3 the resolvers proxy is not found by name', version: '3.2', code: cfg('frontend f', '    mode http', '    use_backend dns', 'backend dns', '    mode http', ...resolvers) },
    { name: 'fixed in 3.5', version: '3.5-dev', code: cfg('frontend f', '    mode http', '    default_backend default', 'backend default', '    mode http') },
    { name: 'distinct names', version: '3.4', code: cfg('frontend f', '    mode http', '    use_backend app', 'backend app', '    mode http', ...resolvers, '    resolve_retries 3') },
    // Resolving a missing backend is undefined-reference's finding.
    { name: 'a backend that does not exist', version: '3.4', code: cfg('frontend f', '    use_backend dns', ...resolvers) },
  ],
  invalid: [
    {
      name: 'a backend named like a resolvers section, used by switching rules, fetches and track',
      version: '3.4',
      code: cfg(
        'frontend f',
        '    mode http',
        '    bind :80',
        '    use_backend dns if { nbsrv(dns) gt 0 }',
        'backend dns',
        '    mode http',
        '    server s1 10.0.0.1:80 check',
        'backend b',
        '    server s2 10.0.0.2:80 track dns/s1',
        ...resolvers,
      ),
      errors: [
        {
          messageId: 'explicit',
          message:
            "use_backend 'dns': the resolvers section 'dns' declared at line 10 has a proxy of the same name, which HAProxy 3.3/3.4 releases without the fix for GitHub issue 3445 pick instead of backend 'dns' (an HTTP frontend is refused, TCP traffic and nbsrv(), be_*() and track go to the resolvers); rename the backend or the resolvers section",
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 20,
        },
        { messageId: 'explicit', line: 4, column: 32, endLine: 4, endColumn: 35 },
        { messageId: 'explicit', line: 9, column: 33, endLine: 9, endColumn: 36 },
      ],
    },
    {
      name: "a backend named 'default' meets the resolvers section HAProxy creates from resolv.conf",
      version: '3.3',
      code: cfg('frontend f', '    mode tcp', '    bind :443', '    default_backend default', 'backend default', '    mode tcp', '    server s1 10.0.0.1:443'),
      errors: [
        {
          messageId: 'implicit',
          message:
            "default_backend 'default': HAProxy creates a resolvers section named 'default' from /etc/resolv.conf, and 3.3/3.4 releases without the fix for GitHub issue 3445 pick its internal proxy instead of backend 'default' (an HTTP frontend is refused, TCP traffic and nbsrv(), be_*() and track go to the resolvers); rename the backend",
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 28,
        },
      ],
    },
  ],
});
