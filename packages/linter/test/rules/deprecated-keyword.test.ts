import rule from '../../src/rules/deprecated-keyword.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: "bind 'process' before its deprecation", code: cfg('frontend f', '    bind :80 process 1-2/1'), version: '2.4' },
    { code: cfg("frontend f", "    http-request deny if { req.hdr_cnt(host) gt 1 }") },
    { name: "httpchk with a plain version", code: cfg("backend b", "    option httpchk HEAD / HTTP/1.1", "    http-check send hdr Host localhost") },
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
      name: "keyword renamed",
      code: cfg("global", "    tune.ssl.capture-cipherlist-size 800"),
      errors: [{ messageId: "deprecated", line: 2, column: 5, endLine: 2, endColumn: 37 }], output: cfg("global", "    tune.ssl.capture-buffer-size 800"),
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
      errors: [{ messageId: "deprecated", line: 2, column: 5, endLine: 2, endColumn: 13 }], version: "3.3", output: null,
    },
  ],
});
