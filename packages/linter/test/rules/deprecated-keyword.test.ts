import rule from '../../src/rules/deprecated-keyword.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'from 2.7 headers after the httpchk version are removed-keyword errors', version: '2.7', code: cfg('backend b', '    mode http', '    option httpchk GET /health "HTTP/1.1\\r\\nHost: example.com"') },
    { name: "bind 'process' before its deprecation", code: cfg('frontend f', '    bind :80 process 1-2/1'), version: '2.4' },
    { code: cfg("frontend f", "    http-request deny if { req.hdr_cnt(host) gt 1 }") },
    { name: "httpchk with a plain version", code: cfg("backend b", "    option httpchk HEAD / HTTP/1.1", "    http-check send hdr Host localhost") },
    { name: "3.5 refuses a bare master-worker: removed-keyword's, not a deprecation", code: cfg("global", "    master-worker"), version: "3.5-dev" },
    { name: "a backslash-n that is not an escape (single quotes)", code: cfg("backend b", "    option httpchk HEAD / 'HTTP/1.1\\r\\nHost:x'") },
  ],
  invalid: [
    {
      name: 'legacy keywords HAProxy still reads but ignores, with a warning, until their removal',
      code: cfg('defaults', '    option http-use-htx', 'frontend f', '    bind :80', '    bind-process 1 # keep'),
      version: '2.4',
      errors: [{ messageId: 'ignored', message: "'option http-use-htx' has no effect since HAProxy 2.1 and is refused from 2.5: remove it (HTX is always on)", line: 2, column: 5, endLine: 2, endColumn: 24 }],
      output: cfg('defaults', 'frontend f', '    bind :80', '    bind-process 1 # keep'),
    },
    {
      code: cfg('frontend f', '    bind :80', '    bind-process 1 # keep'),
      errors: [{ messageId: 'ignored', line: 3, column: 5, endLine: 3, endColumn: 17 }],
      output: cfg('frontend f', '    bind :80', '    # keep'),
    },
    {
      name: "bind 'process' between its deprecation (2.5) and its removal (2.7)",
      code: cfg('frontend f', '    bind :80 process 1/1', '    bind :81 thread 1'),
      version: '2.6',
      errors: [{ messageId: 'bindOption', message: "'process' on bind lines is deprecated since HAProxy 2.5 and refused from 2.7; use 'thread' with the thread set written after the slash (there is one process since 2.5)", line: 2, column: 14, endLine: 2, endColumn: 21 }],
      output: null,
    },
    {
      name: "fetch renamed",
      code: cfg("frontend f", "    http-request deny if { hdr_cnt(host) gt 1 }"),
      errors: [{ messageId: "deprecated", line: 2, column: 28, endLine: 2, endColumn: 35 }], output: cfg("frontend f", "    http-request deny if { req.hdr_cnt(host) gt 1 }"),
    },
    {
      name: "action renamed",
      code: cfg("frontend f", "    http-request set-mark 1"),
      errors: [{ messageId: "deprecated", line: 2, column: 18, endLine: 2, endColumn: 26 }], version: "3.0", output: cfg("frontend f", "    http-request set-fc-mark 1"),
    },
    {
      name: "keyword renamed, which HAProxy warns about (haproxy 2.6 live: 'is deprecated and will be removed in version 2.7')",
      code: cfg("global", "    tune.ssl.capture-cipherlist-size 800"),
      version: "2.6",
      errors: [{ messageId: "warned", message: "'tune.ssl.capture-cipherlist-size' is deprecated since HAProxy 2.5 and HAProxy 2.6 prints a warning for it; use 'tune.ssl.capture-buffer-size'", line: 2, column: 5, endLine: 2, endColumn: 37 }], output: cfg("global", "    tune.ssl.capture-buffer-size 800"),
    },
    {
      name: "a deprecation HAProxy accepts silently is not its warning (transparent before 3.3)",
      code: cfg("backend b", "    transparent"),
      version: "3.2",
      errors: [{ messageId: "deprecatedNoHint", line: 2, column: 5, endLine: 2, endColumn: 16 }], output: null,
    },
    {
      name: "3.3 warns about dispatch, transparent and option transparent unless expose-deprecated-directives is set",
      code: cfg("backend b", "    dispatch 10.0.0.1:80", "    transparent", "    no option transparent"),
      version: "3.3",
      errors: [
        { messageId: "warned", message: "'dispatch' is deprecated since HAProxy 3.3 and HAProxy 3.3 prints a warning for it; use a server line with the same address (or silence it with 'expose-deprecated-directives' in the global section)", line: 2, column: 5, endLine: 2, endColumn: 13 },
        { messageId: "warned", line: 3, column: 5, endLine: 3, endColumn: 16 },
        { messageId: "warned", line: 4, column: 5, endLine: 4, endColumn: 26 },
      ],
      output: null,
    },
    {
      name: "expose-deprecated-directives silences what HAProxy lets it silence, not master-worker",
      code: cfg("global", "    master-worker", "    expose-deprecated-directives", "backend b", "    dispatch 10.0.0.1:80"),
      version: "3.4",
      errors: [
        { messageId: "warned", message: "'master-worker' is deprecated since HAProxy 3.3 and HAProxy 3.4 prints a warning for it; use the -W command-line flag", line: 2, column: 5, endLine: 2, endColumn: 18 },
        { messageId: "deprecated", line: 5, column: 5, endLine: 5, endColumn: 13 },
      ],
      output: null,
    },
    {
      name: "only the bare master-worker warns",
      code: cfg("global", "    master-worker no-exit-on-failure"),
      version: "3.3",
      errors: [{ messageId: "deprecated", line: 2, column: 5, endLine: 2, endColumn: 18 }], output: null,
    },
    {
      name: "option accept-invalid-http-request: an alert without a warning in 3.1, a warning from 3.2",
      code: cfg("frontend f", "    option accept-invalid-http-request"),
      version: "3.1",
      errors: [{ messageId: "deprecated", line: 2, column: 5, endLine: 2, endColumn: 39 }], output: cfg("frontend f", "    option accept-unsafe-violations-in-http-request"),
    },
    {
      code: cfg("frontend f", "    option accept-invalid-http-request"),
      version: "3.2",
      errors: [{ messageId: "warned", line: 2, column: 5, endLine: 2, endColumn: 39 }], output: cfg("frontend f", "    option accept-unsafe-violations-in-http-request"),
    },
    {
      name: "the program section in 3.1 and 3.2, silenced by expose-deprecated-directives",
      code: cfg("program p", "    command /bin/true"),
      version: "3.1",
      errors: [{ messageId: "warned", message: "'program' is deprecated since HAProxy 3.1 and HAProxy 3.1 prints a warning for it (or silence it with 'expose-deprecated-directives' in the global section)", line: 1, column: 1, endLine: 1, endColumn: 8 }], output: null,
    },
    {
      code: cfg("global", "    expose-deprecated-directives", "program p", "    command /bin/true"),
      version: "3.2",
      errors: [{ messageId: "deprecatedNoHint", line: 3, column: 1, endLine: 3, endColumn: 8 }], output: null,
    },
    {
      name: "2.4 still reads tune.chksize and grace, with a warning",
      code: cfg("global", "    tune.chksize 100", "backend b", "    grace 10s"),
      version: "2.4",
      errors: [{ messageId: "warned", line: 2, column: 5, endLine: 2, endColumn: 17 }, { messageId: "warned", line: 4, column: 5, endLine: 4, endColumn: 10 }], output: null,
    },
    {
      name: "2.4 still reads option forceclose and http-tunnel, with a warning, and ignores them",
      code: cfg("backend b", "    option forceclose", "    option http-tunnel"),
      version: "2.4",
      errors: [
        { messageId: "ignored", message: "'option forceclose' has no effect since HAProxy 2.0 and is refused from 2.5: remove it, or option httpclose if really needed", line: 2, column: 5, endLine: 2, endColumn: 22 },
        { messageId: "ignored", line: 3, column: 5, endLine: 3, endColumn: 23 },
      ],
      output: cfg("backend b", "    option forceclose"),
    },
    {
      name: "2.4's deprecated log-format spellings, where HAProxy reads them",
      code: cfg("frontend f", "    mode http", "    bind :80", '    log-format "%Ci:%Cp %{+Q}st"', "    http-request set-header X-Cookie %cc", "backend b", '    log-format "%Ci"'),
      version: "2.4",
      errors: [
        { messageId: "formatVariable", message: "log-format variable '%Ci' is deprecated and HAProxy 2.4 prints a warning for it; use '%ci'", line: 4, column: 18, endLine: 4, endColumn: 20 },
        { messageId: "formatVariable", line: 4, column: 22, endLine: 4, endColumn: 24 },
        { messageId: "formatVariable", line: 4, column: 30, endLine: 4, endColumn: 32 },
        { messageId: "formatVariable", line: 5, column: 39, endLine: 5, endColumn: 41 },
      ],
      output: cfg("frontend f", "    mode http", "    bind :80", '    log-format "%ci:%cp %{+Q}ST"', "    http-request set-header X-Cookie %CC", "backend b", '    log-format "%Ci"'),
    },
    {
      // haproxy 2.6: "hiding headers or body at the end of the version string is deprecated".
      name: "headers hidden in the version of option httpchk",
      code: cfg("backend b", "    option httpchk HEAD / HTTP/1.1\\r\\nHost:localhost"),
      errors: [{ messageId: "httpchkHeaders", line: 2, column: 27, endLine: 2, endColumn: 53 }], output: null,
    },
    {
      name: "no mechanical replacement",
      code: cfg("backend b", "    dispatch 10.0.0.1:80"),
      errors: [{ messageId: "warned", line: 2, column: 5, endLine: 2, endColumn: 13 }], version: "3.3", output: null,
    },
  ],
});
