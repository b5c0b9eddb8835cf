import rule from '../../src/rules/missing-argument.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("backend b", "    timeout server 5s", "    cookie SRV insert", "    server s 10.0.0.1:80 weight 10") },
    { code: cfg("defaults", "    log-format \"%ci:%cp\"") },
  ],
  invalid: [
    {
      name: "an ACL without its fetch method, 'monitor fail' without a condition",
      code: cfg('frontend f', '    bind :80', '    acl a1', '    monitor fail', '    monitor fail if a1'),
      errors: [
        { messageId: 'missing', message: "'acl' expects 2 argument(s)", line: 3, column: 5, endLine: 3, endColumn: 8 },
        { messageId: 'needsCondition', line: 4, column: 13, endLine: 4, endColumn: 17 },
      ],
    },
    {
      name: 'force-persist, ignore-persist and stats admin need a condition',
      code: cfg('listen l', '    bind :80', '    force-persist', '    ignore-persist if TRUE', '    stats admin', '    stats admin if TRUE'),
      errors: [
        { messageId: 'needsCondition', message: "'force-persist' needs a condition: 'if' or 'unless' followed by ACLs", line: 3, column: 5, endLine: 3, endColumn: 18 },
        { messageId: 'needsCondition', line: 5, column: 11, endLine: 5, endColumn: 16 },
      ],
    },
    {
      name: 'rule actions short of their words (the condition does not count)',
      code: cfg('frontend f', '    mode http', '    http-request set-header X-A if TRUE', '    http-request capture req.hdr(x) len', '    http-request set-header X-B 1 if TRUE'),
      errors: [
        { messageId: 'missing', message: "'http-request set-header' expects 2 argument(s)", line: 3, column: 18, endLine: 3, endColumn: 28 },
        { messageId: 'missing', line: 4, column: 18, endLine: 4, endColumn: 25 },
      ],
    },
    {
      name: "timeout without value",
      code: cfg("backend b", "    timeout server"),
      errors: [{ messageId: "missing", line: 2, column: 5, endLine: 2, endColumn: 19 }],
    },
    {
      name: "server option without value",
      code: cfg("backend b", "    server s 10.0.0.1:80 check inter"),
      errors: [{ messageId: "missing", line: 2, column: 32, endLine: 2, endColumn: 37 }],
    },
    {
      name: "unset variable",
      code: cfg("global", "    chroot \"${JAIL}\""),
      errors: [{ messageId: "emptyEnv", line: 2, column: 12, endLine: 2, endColumn: 21 }],
    },
    {
      name: "spoe without config",
      code: cfg("frontend f", "    bind :80", "    filter spoe engine x"),
      errors: [{ messageId: "spoeConfig", line: 3, column: 5, endLine: 3, endColumn: 25 }],
    },
  ],
});
