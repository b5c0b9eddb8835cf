import rule from '../../src/rules/extra-argument.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'up to 3.0 a second word after mworker-max-reloads only prints an alert (the file stays valid)', version: '3.0', code: cfg('global', '    mworker-max-reloads 5 x') },
    { name: 'hash-balance-factor reads its first word only', code: cfg('backend b', '    hash-balance-factor 150 x') },
    { name: "'option httpchk' takes a host after the HTTP version from 3.1", version: '3.1', code: cfg('backend b', '    mode http', '    option httpchk GET /health HTTP/1.1 www.example.com') },
    { name: "silent-drop takes 'rst-ttl <ttl>' from 2.7", version: '2.8', code: cfg('frontend f', '    mode http', '    http-request silent-drop rst-ttl 5') },
    { name: 'up to 3.1 words after an error page are ignored', version: '3.1', code: cfg('backend b', '    mode http', '    errorfile 503 /etc/haproxy/errors/503.http --') },
    { code: cfg("backend b", "    option httpchk GET / HTTP/1.1", "    retries 3", "    option redispatch 2") },
    {
      name: 'words that start with a converter name still belong to the expression; check rules read no further',
      code: cfg('backend b', '    mode http', '    http-request set-var(txn.x) str(a) lower base64,upper', '    http-request capture hdr(x) lower len 10', '    http-request track-sc0 src lower table b', '    stick-table type ip size 1k', '    http-check set-var(check.x) str(a) foo'),
    },
  ],
  invalid: [
    {
      name: 'from 3.1 mworker-max-reloads refuses a second word',
      version: '3.1',
      code: cfg('global', '    mworker-max-reloads 5 x'),
      errors: [{ messageId: 'extra', line: 2, column: 27, endLine: 2, endColumn: 28 }],
    },
    {
      name: "a userlist's users and groups take their options only; an fcgi-app's docroot one path",
      code: cfg('userlist u', '    group admins users bob', '    group ops usr bob', '    user bob insecure-password x grups admins', 'fcgi-app php', '    docroot /var/www x'),
      errors: [
        { messageId: 'option', message: "'group' does not expect 'usr' (it takes users, each with a value)", line: 3, column: 15, endLine: 3, endColumn: 18 },
        { messageId: 'option', message: "'user' does not expect 'grups' (it takes password, insecure-password, groups, each with a value)", line: 4, column: 34, endLine: 4, endColumn: 39 },
        { messageId: 'extra', line: 6, column: 22, endLine: 6, endColumn: 23 },
      ],
    },
    {
      name: 'external-check command/path and server-state-file-name take one word (the latter even where it is ignored)',
      code: cfg('backend b', '    external-check command /bin/check x', '    external-check path /bin y', 'frontend f', '    bind :80', '    server-state-file-name a b'),
      errors: [
        { messageId: 'extra', message: "'external-check command' cannot handle unexpected argument 'x' (it takes at most 1)", line: 2, column: 39, endLine: 2, endColumn: 40 },
        { messageId: 'extra', line: 3, column: 30, endLine: 3, endColumn: 31 },
        { messageId: 'extra', line: 6, column: 30, endLine: 6, endColumn: 31 },
      ],
    },
    {
      name: "a stick rule's pattern may be followed by 'table NAME' and a condition only",
      code: cfg('backend b', '    stick-table type ip size 1k', '    stick match src lowerr', '    stick on src,lower table b foo', '    stick store-request src lower table b if TRUE', '    stick on src table b unless FALSE', '    server s 127.0.0.1:80'),
      errors: [
        { messageId: 'stick', message: "unexpected word 'lowerr' after the pattern of 'stick match': only 'table NAME' and 'if' or 'unless' and a condition may follow", line: 3, column: 21, endLine: 3, endColumn: 27 },
        { messageId: 'stick', line: 4, column: 32, endLine: 4, endColumn: 35 },
      ],
    },
    {
      name: "from 3.4 wait-for-body also takes the 'use-large-buffer' flag",
      version: '3.4',
      code: cfg('frontend f', '    mode http', '    http-request wait-for-body time 1s use-large-buffer at-least 1k', '    http-request wait-for-body time 1s bogus 1'),
      errors: [{ messageId: 'option', message: "'http-request wait-for-body' does not expect 'bogus' (it takes time, at-least, each with a value, or use-large-buffer)", line: 4, column: 40, endLine: 4, endColumn: 45 }],
    },
    {
      name: "'option httpchk' takes no host before 3.1, nothing after it from 3.1",
      code: cfg('backend b', '    mode http', '    option httpchk GET /health HTTP/1.1 www.example.com', 'backend c', '    mode http', '    option httpchk GET /health HTTP/1.1 www.example.com x'),
      version: '3.0',
      errors: [
        { messageId: 'extra', message: "'option httpchk' cannot handle unexpected argument 'www.example.com' (it takes at most 3)", line: 3, column: 41, endLine: 3, endColumn: 56 },
        { messageId: 'extra', line: 6, column: 41, endLine: 6, endColumn: 56 },
      ],
    },
    {
      name: "'option httpchk' with a host (3.1+) refuses a fifth word",
      code: cfg('backend c', '    mode http', '    option httpchk GET /health HTTP/1.1 www.example.com x'),
      version: '3.4',
      errors: [{ messageId: 'extra', message: "'option httpchk' cannot handle unexpected argument 'x' (it takes at most 4)", line: 3, column: 57, endLine: 3, endColumn: 58 }],
    },
    {
      name: 'actions whose parser is unchanged up to 3.4 keep their word counts (replace-header, set-var, silent-drop rst-ttl)',
      version: '3.4',
      code: cfg('frontend f', '    mode http', '    http-request replace-header X a b c', '    http-request set-var(txn.x) str(a) lower foo', '    http-request silent-drop rst-ttl 5 x'),
      errors: [
        { messageId: 'extra', message: "'http-request replace-header' cannot handle unexpected argument 'c' (it takes at most 3)", line: 3, column: 39, endLine: 3, endColumn: 40 },
        { messageId: 'extra', line: 4, column: 46, endLine: 4, endColumn: 49 },
        { messageId: 'extra', line: 5, column: 40, endLine: 5, endColumn: 41 },
      ],
    },
    {
      name: 'from 3.1 setenv and presetenv take a name and a value only; external-check takes one word from 2.9',
      version: '3.1',
      code: cfg('global', '    setenv A b c', '    presetenv A b', '    external-check preserve-env now'),
      errors: [
        { messageId: 'extra', message: "'setenv' cannot handle unexpected argument 'c' (it takes at most 2)", line: 2, column: 16, endLine: 2, endColumn: 17 },
        { messageId: 'extra', line: 4, column: 33, endLine: 4, endColumn: 36 },
      ],
    },
    {
      name: 'from 3.2 an error page takes exactly its status and its file or URL',
      version: '3.2',
      code: cfg('backend b', '    mode http', '    errorfile 503 /etc/haproxy/errors/503.http --', '    errorloc302 503 https://example.com/503 now', '    errorfile 504 /etc/haproxy/errors/504.http'),
      errors: [
        { messageId: 'extra', message: "'errorfile' cannot handle unexpected argument '--' (it takes at most 2)", line: 3, column: 48, endLine: 3, endColumn: 50 },
        { messageId: 'extra', line: 4, column: 45, endLine: 4, endColumn: 48 },
      ],
    },
    {
      name: 'a switching rule takes one name, then only its condition',
      code: cfg('frontend f', '    use_backend app is_api', '    use_backend app is_api if TRUE', 'backend app', '    use-server s1 foo if TRUE', '    server s1 10.0.0.1:80'),
      errors: [
        { messageId: 'switching', message: "unexpected word 'is_api' after 'use_backend app': only 'if' or 'unless' and a condition may follow", line: 2, column: 21, endLine: 2, endColumn: 27 },
        { messageId: 'switching', line: 3, column: 21, endLine: 3, endColumn: 27 },
        { messageId: 'switching', line: 5, column: 19, endLine: 5, endColumn: 22 },
      ],
    },
    {
      name: "global 'user' and 'group' take one name",
      code: cfg('global', '    user admin insecure-password secret', '    group haproxy wheel'),
      errors: [
        { messageId: 'extra', message: "'user' cannot handle unexpected argument 'insecure-password' (it takes at most 1)", line: 2, column: 16, endLine: 2, endColumn: 33 },
        { messageId: 'extra', line: 3, column: 19, endLine: 3, endColumn: 24 },
      ],
    },
    {
      name: 'actions with keyword options take only those, each with a value',
      code: cfg('frontend f', '    mode http', '    bind :80', '    http-request wait-for-body time 1s at-least 1k', '    http-request wait-for-body time 1s bogus 1', '    http-request auth realm r x', '    tcp-request content accept now'),
      errors: [
        { messageId: 'option', message: "'http-request wait-for-body' does not expect 'bogus' (it takes time, at-least, each with a value)", line: 5, column: 40, endLine: 5, endColumn: 45 },
        { messageId: 'option', line: 6, column: 31, endLine: 6, endColumn: 32 },
        { messageId: 'extra', line: 7, column: 32, endLine: 7, endColumn: 35 },
      ],
    },
    {
      name: 'rule actions read a fixed number of words before their condition',
      code: cfg('frontend f', '    mode http', '    bind :80', '    http-request set-header X-A 1 2', '    http-request set-header X-B "1 2" if TRUE', '    http-request allow now'),
      errors: [
        { messageId: 'extra', message: "'http-request set-header' cannot handle unexpected argument '2' (it takes at most 2)", line: 4, column: 35, endLine: 4, endColumn: 36 },
        { messageId: 'extra', line: 6, column: 24, endLine: 6, endColumn: 27 },
      ],
    },
    {
      name: 'an expression ends at the first word that is no converter; then only the condition may follow',
      code: cfg('frontend f', '    mode http', '    bind :80', '    http-request set-var(txn.x) str(a) lower foo', '    http-request capture hdr(x) len 10 x', '    http-request track-sc0 src table t y', '    http-request set-src hdr(x) Lower', 'backend t', '    stick-table type ip size 1k'),
      errors: [
        { messageId: 'extra', message: "'http-request set-var' cannot handle unexpected argument 'foo' (it takes at most 1)", line: 4, column: 46, endLine: 4, endColumn: 49 },
        { messageId: 'extra', line: 5, column: 40, endLine: 5, endColumn: 41 },
        { messageId: 'extra', line: 6, column: 40, endLine: 6, endColumn: 41 },
        { messageId: 'extra', line: 7, column: 33, endLine: 7, endColumn: 38 },
      ],
    },
    {
      name: 'a service takes its name alone, a format is one word, the stats page counts as http-request, chroot takes one directory',
      code: cfg('global', '    chroot /var/empty jail', 'frontend f', '    mode http', '    bind :80', '    http-request use-service prometheus-exporter now', '    http-request set-var-fmt(txn.x) %[src] %[dst]', '    http-request set-var-fmt(txn.y)', 'backend b', '    stats enable', '    stats http-request set-header X-A 1 2', '    stats http-request set-header X-B 1 if TRUE'),
      errors: [
        { messageId: 'extra', message: "'chroot' cannot handle unexpected argument 'jail' (it takes at most 1)", line: 2, column: 23, endLine: 2, endColumn: 27 },
        { messageId: 'extra', message: "'http-request use-service' cannot handle unexpected argument 'now' (it takes at most 1)", line: 6, column: 50, endLine: 6, endColumn: 53 },
        { messageId: 'extra', line: 7, column: 44, endLine: 7, endColumn: 50 },
        { messageId: 'extra', message: "'http-request set-header' cannot handle unexpected argument '2' (it takes at most 2)", line: 11, column: 41, endLine: 11, endColumn: 42 },
      ],
    },
    {
      name: 'formats are one word: spaces must be escaped or quoted',
      code: cfg('frontend f', '    mode http', '    bind :80', '    log-format "%ci:%cp" on', '    unique-id-format %ci %cp', '    log-format-sd "[x]" y'),
      errors: [
        { messageId: 'extra', message: "'log-format' cannot handle unexpected argument 'on' (it takes at most 1)", line: 4, column: 26, endLine: 4, endColumn: 28 },
        { messageId: 'extra', line: 5, column: 26, endLine: 5, endColumn: 29 },
        { messageId: 'extra', line: 6, column: 25, endLine: 6, endColumn: 26 },
      ],
    },
    {
      name: "option with a value",
      code: cfg("backend b", "    option dontlognull yes"),
      errors: [{ messageId: "extra", line: 2, column: 24, endLine: 2, endColumn: 27 }],
    },
    {
      name: "two timeouts",
      code: cfg("backend b", "    timeout server 5s 10s"),
      errors: [{ messageId: "extra", line: 2, column: 23, endLine: 2, endColumn: 26 }],
    },
    {
      name: 'from 3.0 the mark and TOS actions take one word: an integer or a sample expression',
      version: '3.0',
      code: cfg('frontend f', '    http-request set-fc-mark 1 2', '    http-request set-mark path', '    http-response set-fc-tos 0x10 if TRUE', '    http-request set-bc-tos 4 5'),
      errors: [
        { messageId: 'extra', message: "'http-request set-fc-mark' cannot handle unexpected argument '2' (it takes at most 1)", line: 2, column: 32, endLine: 2, endColumn: 33 },
        { messageId: 'extra', line: 5, column: 31, endLine: 5, endColumn: 32 },
      ],
    },
  ],
});
