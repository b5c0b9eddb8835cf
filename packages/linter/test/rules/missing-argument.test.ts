import rule from '../../src/rules/missing-argument.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: "a peers section's server may leave its address out (the local peer)", code: cfg('peers p', '    server local') },
    { name: 'a stick rule in a frontend is skipped unread', code: cfg('frontend f', '    bind :80', '    stick match') },
    { name: 'variables HAProxy defines itself are not empty (HAPROXY_BRANCH and the default log formats from 2.8)', version: '3.0', code: cfg('frontend f', '    mode http', '    bind :80', '    http-request set-header x-branch "${HAPROXY_BRANCH}"', '    log-format "${HAPROXY_HTTP_LOG_FMT}"') },
    { name: 'bare buffer counts read as 0 from 3.0, mworker-max-reloads until 3.0, an empty httpclient CA file is no error from 2.8', version: '3.0', code: cfg('global', '    tune.buffers.limit', '    tune.buffers.reserve', '    mworker-max-reloads', '    httpclient.ssl.ca-file') },
    { name: "a bind line's 'thread' at the end of the line is the empty set from 2.8", version: '2.8', code: cfg('frontend f', '    bind :80 thread') },
    { name: "a server's 'shard' and 'set-proxy-v2-tlv-fmt' at the end of the line read an empty value (HAProxy 3.4 accepts them)", version: '3.4', code: cfg('backend b', '    server s 10.0.0.1:80 shard', '    server t 10.0.0.2:80 set-proxy-v2-tlv-fmt(0x20)') },
    { name: 'a local peer without an address', code: cfg('peers p', '    server local', '    server remote 10.0.0.2:1024') },
    { name: 'stats socket with bind options', code: cfg('global', '    stats socket /run/h.sock mode 660 level admin expose-fd listeners') },
    { code: cfg("backend b", "    timeout server 5s", "    cookie SRV insert", "    server s 10.0.0.1:80 weight 10") },
    { code: cfg("defaults", "    log-format \"%ci:%cp\"") },
  ],
  invalid: [
    {
      name: "a ring's, mailers' and resolvers' servers need a name and an address; an http-errors page its status and file",
      code: cfg('ring r', '    server s1', 'mailers m', '    mailer smtp1', 'resolvers dns', '    nameserver ns1', 'http-errors e', '    errorfile 503'),
      errors: [
        { messageId: 'missing', message: "'server' expects 2 argument(s)", line: 2, column: 5, endLine: 2, endColumn: 14 },
        { messageId: 'missing', line: 4, column: 5, endLine: 4, endColumn: 11 },
        { messageId: 'missing', line: 6, column: 5, endLine: 6, endColumn: 15 },
        { messageId: 'missing', line: 8, column: 5, endLine: 8, endColumn: 14 },
      ],
    },
    {
      name: 'newer proxy keywords: guid (3.0), hash-preserve-affinity (3.2), filter-sequence and force-be-switch (3.4)',
      version: '3.4',
      code: cfg('listen l', '    bind :80', '    guid', '    hash-preserve-affinity', '    filter-sequence request', '    force-be-switch', '    force-be-switch TRUE', '    force-be-switch if TRUE'),
      errors: [
        { messageId: 'missing', line: 3, column: 5, endLine: 3, endColumn: 9 },
        { messageId: 'missing', line: 4, column: 5, endLine: 4, endColumn: 27 },
        { messageId: 'missing', message: "'filter-sequence' expects 2 argument(s)", line: 5, column: 5, endLine: 5, endColumn: 20 },
        { messageId: 'needsCondition', message: "'force-be-switch' needs a condition: 'if' or 'unless' followed by ACLs", line: 6, column: 5, endLine: 6, endColumn: 20 },
        { messageId: 'needsCondition', line: 7, column: 21, endLine: 7, endColumn: 25 },
      ],
    },
    {
      name: 'a rule line without its action; names and pages HAProxy requires',
      code: cfg('backend b', '    mode http', '    http-request', '    tcp-response content', '    tcp-response inspect-delay', '    errorloc 503', '    errorfiles', '    filter', '    use-fcgi-app', '    external-check path'),
      errors: [
        { messageId: 'action', message: "'http-request' expects an action", line: 3, column: 5, endLine: 3, endColumn: 17 },
        { messageId: 'action', message: "'tcp-response content' expects an action", line: 4, column: 5, endLine: 4, endColumn: 25 },
        { messageId: 'missing', line: 5, column: 5, endLine: 5, endColumn: 31 },
        { messageId: 'missing', message: "'errorloc' expects 2 argument(s)", line: 6, column: 5, endLine: 6, endColumn: 13 },
        { messageId: 'missing', line: 7, column: 5, endLine: 7, endColumn: 15 },
        { messageId: 'missing', line: 8, column: 5, endLine: 8, endColumn: 11 },
        { messageId: 'missing', line: 9, column: 5, endLine: 9, endColumn: 17 },
        { messageId: 'missing', line: 10, column: 5, endLine: 10, endColumn: 24 },
      ],
    },
    {
      name: 'global keywords HAProxy refuses bare: choices, paths, a name and its value (2.6)',
      version: '2.6',
      code: cfg('global', '    tune.idle-pool.shared', '    lua-prepend-path', '    setenv NAME', '    cpu-map 1', '    unsetenv'),
      errors: [
        { messageId: 'missing', message: "'tune.idle-pool.shared' expects 1 argument(s)", line: 2, column: 5, endLine: 2, endColumn: 26 },
        { messageId: 'missing', line: 3, column: 5, endLine: 3, endColumn: 21 },
        { messageId: 'missing', message: "'setenv' expects 2 argument(s)", line: 4, column: 5, endLine: 4, endColumn: 11 },
        { messageId: 'missing', message: "'cpu-map' expects 2 argument(s)", line: 5, column: 5, endLine: 5, endColumn: 12 },
        { messageId: 'missing', line: 6, column: 5, endLine: 6, endColumn: 13 },
      ],
    },
    {
      name: 'global keywords of later releases refused bare (3.4), mworker-max-reloads from 3.1',
      version: '3.4',
      code: cfg('global', '    tune.h2.log-errors', '    stats calculate-max-counters', '    mworker-max-reloads'),
      errors: [
        { messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 23 },
        { messageId: 'missing', line: 3, column: 5, endLine: 3, endColumn: 33 },
        { messageId: 'missing', line: 4, column: 5, endLine: 4, endColumn: 24 },
      ],
    },
    {
      name: "'stats admin' and 'monitor fail' need 'if'/'unless' right after them; 'stick' needs its fetch",
      code: cfg('frontend f', '    mode http', '    monitor-uri /m', '    monitor fail TRUE if', 'backend b', '    stats enable', '    stats admin TRUE if', '    stick-table type ip size 1k', '    stick match'),
      errors: [
        { messageId: 'needsCondition', message: "'monitor fail' needs a condition: 'if' or 'unless' followed by ACLs", line: 4, column: 13, endLine: 4, endColumn: 17 },
        { messageId: 'needsCondition', line: 7, column: 11, endLine: 7, endColumn: 16 },
        { messageId: 'missing', message: "'stick match' expects 1 argument(s)", line: 9, column: 5, endLine: 9, endColumn: 16 },
      ],
    },
    {
      name: "every 'compression' form but offload needs its values",
      version: '3.4',
      code: cfg('backend b', '    mode http', '    compression type', '    compression algo-res', '    compression offload', '    compression algo gzip'),
      errors: [
        { messageId: 'optionValue', message: "'compression': 'type' needs a value after it", line: 3, column: 17, endLine: 3, endColumn: 21 },
        { messageId: 'optionValue', line: 4, column: 17, endLine: 4, endColumn: 25 },
      ],
    },
    {
      name: "a proxy's server, server-template and bind lines need their address (peers servers may omit it)",
      code: cfg('frontend f', '    bind', '    bind ""', 'backend b', '    server s1', '    server-template s 3', '    server'),
      errors: [
        { messageId: 'missing', message: "'bind' expects 1 argument(s)", line: 2, column: 5, endLine: 2, endColumn: 9 },
        { messageId: 'missing', line: 3, column: 5, endLine: 3, endColumn: 12 },
        { messageId: 'missing', message: "'server' expects 2 argument(s)", line: 5, column: 5, endLine: 5, endColumn: 14 },
        { messageId: 'missing', message: "'server-template' expects 3 argument(s)", line: 6, column: 5, endLine: 6, endColumn: 24 },
        { messageId: 'missing', line: 7, column: 5, endLine: 7, endColumn: 11 },
      ],
    },
    {
      name: "a global 'stats socket' needs its address, and its bind options their values",
      code: cfg('global', '    stats socket', '    stats socket /run/h.sock mode 600 level', '    stats socket /run/h.sock expose-fd'),
      errors: [
        { messageId: 'missing', message: "'stats socket' expects 1 argument(s)", line: 2, column: 5, endLine: 2, endColumn: 17 },
        { messageId: 'missing', message: "'level' expects 1 argument(s)", line: 3, column: 39, endLine: 3, endColumn: 44 },
        { messageId: 'missing', line: 4, column: 30, endLine: 4, endColumn: 39 },
      ],
    },
    {
      name: 'keyword options: each needs its value, some are required; exact counts read from 2.6',
      code: cfg('frontend f', '    mode http', '    bind :80', '    http-request wait-for-body', '    http-request wait-for-body time', '    http-request auth realm', '    http-request replace-path (.*)', '    http-request set-timeout server'),
      errors: [
        { messageId: 'requiredOption', message: "'http-request wait-for-body' needs 'time <value>'", line: 4, column: 18, endLine: 4, endColumn: 31 },
        { messageId: 'optionValue', message: "'http-request wait-for-body': 'time' needs a value after it", line: 5, column: 32, endLine: 5, endColumn: 36 },
        { messageId: 'optionValue', line: 6, column: 23, endLine: 6, endColumn: 28 },
        { messageId: 'missing', message: "'http-request replace-path' expects 2 argument(s)", line: 7, column: 18, endLine: 7, endColumn: 30 },
        { messageId: 'missing', line: 8, column: 18, endLine: 8, endColumn: 29 },
      ],
    },
    {
      name: 'a keyword of an action written without the value it introduces',
      code: cfg('frontend f', '    mode http', '    bind :80', '    tcp-request content switch-mode http proto', '    http-response set-status 503 reason', '    http-request del-header X-A -m'),
      errors: [
        { messageId: 'optionValue', message: "'tcp-request content switch-mode': 'proto' needs a value after it", line: 4, column: 42, endLine: 4, endColumn: 47 },
        { messageId: 'optionValue', line: 5, column: 34, endLine: 5, endColumn: 40 },
        { messageId: 'optionValue', line: 6, column: 33, endLine: 6, endColumn: 35 },
      ],
    },
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
      name: "'use-server' needs a condition (haproxy: requires either 'if' or 'unless')",
      code: cfg('backend b', '    use-server s1', '    use-server s1 if TRUE', '    use-server %[req.hdr(x)]', '    server s1 127.0.0.1:80'),
      errors: [
        { messageId: 'needsCondition', message: "'use-server' needs a condition: 'if' or 'unless' followed by ACLs", line: 2, column: 5, endLine: 2, endColumn: 15 },
        { messageId: 'needsCondition', line: 4, column: 5, endLine: 4, endColumn: 15 },
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
      name: 'actions whose arguments go in parentheses, written without them',
      code: cfg('backend b', '    mode http', '    http-request set-var txn.x int(1)', '    http-request set-var(txn.y) int(1)', '    tcp-request content sc-inc-gpc', '    http-check unset-var', '    http-request sc-inc-gpc0', '    http-check set-var(check.x)', '    http-request set-var(txn.z int(1)', '    http-request sc-inc-gpc0(0', '    http-request do-resolve txn.ip,dns src'),
      errors: [
        { messageId: 'parentheses', message: "'set-var' takes its arguments in parentheses: set-var(<name>) <expression>", line: 3, column: 18, endLine: 3, endColumn: 25 },
        { messageId: 'parentheses', line: 5, column: 25, endLine: 5, endColumn: 35 },
        { messageId: 'parentheses', message: "'unset-var' takes its arguments in parentheses: unset-var(<name>)", line: 6, column: 16, endLine: 6, endColumn: 25 },
        { messageId: 'missing', message: "'http-check set-var' expects 1 argument(s)", line: 8, column: 16, endLine: 8, endColumn: 32 },
        { messageId: 'unclosed', message: "'set-var(txn.z': the parenthesis after 'set-var' must close at the end of the word", line: 9, column: 18, endLine: 9, endColumn: 31 },
        { messageId: 'unclosed', line: 10, column: 18, endLine: 10, endColumn: 31 },
        { messageId: 'parentheses', message: "'do-resolve' takes its arguments in parentheses: do-resolve(<variable>,<resolvers>[,ipv4|ipv6]) <expression>", line: 11, column: 18, endLine: 11, endColumn: 28 },
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
    {
      // haproxy 2.6: 'ca-file' : missing CAfile path; 'sni' : missing sni expression; 'name' : missing name
      name: 'server and bind option values that are empty (HAPROXY_BRANCH is defined from 2.8 only)',
      code: cfg('backend b', '  server s 10.0.0.1:80 ssl verify required ca-file ""', '  server t 10.0.0.1:80 ssl verify none sni "${SNI}"', 'frontend f', '  bind :80 name ""', '  http-request set-header x "${HAPROXY_BRANCH}"'),
      errors: [
        { messageId: 'missing', message: "'ca-file' expects 1 argument(s)", line: 2, column: 44, endLine: 2, endColumn: 51 },
        { messageId: 'emptyEnv', message: `'sni' gets an empty argument: "\${SNI}" expands to nothing when the variable is unset`, line: 3, column: 44, endLine: 3, endColumn: 52 },
        { messageId: 'missing', line: 5, column: 12, endLine: 5, endColumn: 16 },
        { messageId: 'emptyEnv', line: 6, column: 29, endLine: 6, endColumn: 48 },
      ],
    },
    {
      // haproxy 2.6: 'use_backend' expects a backend name; 'cookie' expects <cookie_name> (an empty word in a required place)
      name: 'an empty word where an argument is required, words after it notwithstanding',
      code: cfg('frontend f', '  bind :80', '  use_backend "" if TRUE', '  cookie "" insert'),
      errors: [
        { messageId: 'missing', message: "'use_backend' expects 1 argument(s)", line: 3, column: 3, endLine: 3, endColumn: 14 },
        { messageId: 'missing', line: 4, column: 3, endLine: 4, endColumn: 9 },
      ],
    },
    {
      // haproxy 2.6: 'description' expects a string argument; 'declare capture': 'len' requires a numeric value …,
      // 'declare capture' requires a capture length ('len'); 'group' / 'user' expects <name> as arguments
      name: 'global description, declare capture and userlist entries without their words',
      code: cfg('global', '  description ""', 'frontend f', '  bind :80', '  declare capture request len ""', '  declare capture response', 'userlist u', '  group ""', '  user "" insecure-password x'),
      errors: [
        { messageId: 'missing', message: "'description' expects 1 argument(s)", line: 2, column: 3, endLine: 2, endColumn: 14 },
        { messageId: 'missing', message: "'declare capture' expects 3 argument(s)", line: 5, column: 3, endLine: 5, endColumn: 18 },
        { messageId: 'missing', line: 6, column: 3, endLine: 6, endColumn: 18 },
        { messageId: 'missing', message: "'userlist group' expects 1 argument(s)", line: 8, column: 3, endLine: 8, endColumn: 8 },
        { messageId: 'missing', message: "'userlist user' expects 1 argument(s)", line: 9, column: 3, endLine: 9, endColumn: 7 },
      ],
    },
  ],
});
