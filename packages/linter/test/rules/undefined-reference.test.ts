import rule from '../../src/rules/undefined-reference.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a set-bandwidth-limit rule in a proxy with a bwlim filter (HAProxy keeps the last one when no name matches)',
      version: '2.8',
      code: cfg('frontend f', '    filter bwlim-out lim default-limit 1m default-period 1s', '    http-response set-bandwidth-limit lim', '    http-response set-bandwidth-limit other'),
    },
    { name: "a log line's profile is looked up at start-up only (log-fails-at-startup)", version: '3.1', code: cfg('global', '    log stdout format raw profile nope local0') },
    { name: 'up to 3.3 the errorfiles of an unused defaults section are never resolved', version: '3.3', code: cfg('defaults d', '    errorfiles nope 400') },
    { name: "3.4 too leaves an unused anonymous defaults section's errorfiles alone", version: '3.4', code: cfg('defaults', '    errorfiles nope 400', 'defaults', '    mode http') },
    { name: 'a default-server value no server inherits is never resolved', code: cfg('defaults d', '    default-server resolvers nope', 'backend b from d', '    server s1 10.0.0.1:80 resolvers dns', 'backend c from d', '    default-server resolvers dns', '    server s2 10.0.0.2:80', 'backend f from d', 'resolvers dns', '    nameserver ns1 127.0.0.1:53') },
    {
      name: "the 'default' resolvers section HAProxy creates from 2.6",
      code: cfg('global', '    httpclient.resolvers.id default', 'backend b', '    server s 127.0.0.1:80 resolvers default', '    http-request do-resolve(txn.ip,default) hdr(host)'),
    },
    { name: 'do-resolve naming a resolvers section', code: cfg('resolvers dns', '    nameserver a 127.0.0.1:53', 'frontend f', '    bind :80', '    http-request do-resolve(txn.ip,dns,ipv4) hdr(host)') },
    { name: 'a tracking rule of a defaults section no proxy uses is never resolved', code: cfg('defaults d1', '    tcp-request connection track-sc0 src') },
    { name: 'a named defaults section a later anonymous one replaces is never resolved', code: cfg('defaults d1', '    mode http', '    http-request track-sc0 src table nope', '    http-request do-resolve(txn.ip,nores) hdr(host)', 'defaults', 'frontend f', '    bind :80') },
    { name: 'a cache named by a defaults rule is looked up by the proxies only (haproxy 2.6 accepts this)', code: cfg('defaults d1', '    mode http', '    http-request cache-use nocache', 'frontend f', '    bind :80') },
    { name: 'an ACL of a defaults section without rules is never resolved', code: cfg('defaults d1', '    mode http', '    acl a table_cnt(nope) gt 0', 'frontend f', '    bind :80') },
    { name: "'stick' in a frontend is ignored (no backend capability), so no table is looked up", code: cfg('frontend f', '    bind :80', '    stick on src') },
    {
      code: cfg(
        'peers mypeers',
        '    peer a 127.0.0.1:1024',
        'backend st',
        '    stick-table type ip size 1m peers mypeers',
        'frontend f',
        '    http-request track-sc0 src table st',
        'backend b',
        '    server s1 10.0.0.1:80 check',
        '    server s2 10.0.0.2:80 track b/s1',
      ),
    },
    { name: 'incomplete email alerts are ignored before their mailers are looked up', code: cfg('frontend f', '    bind :80', '    email-alert mailers m1', '    email-alert to ops@example.com') },
  ],
  invalid: [
    {
      name: 'a set-bandwidth-limit rule in a proxy without any bwlim filter',
      version: '2.8',
      code: cfg('frontend f', '    http-request set-bandwidth-limit lim'),
      errors: [{ messageId: 'bwlim', message: "unable to find bwlim filter 'lim' referenced by 'set-bandwidth-limit': declare 'filter bwlim-in lim' or 'filter bwlim-out lim' in frontend 'f'", line: 2, column: 38, endLine: 2, endColumn: 41 }],
    },
    {
      name: "a defaults section's errorfiles, resolved in the proxies using it",
      code: cfg('defaults d', '    errorfiles nope 400', 'frontend f from d', '    bind :80'),
      errors: [{ messageId: 'missing', message: "unable to find http-errors 'nope' referenced by 'errorfiles'", line: 2, column: 16, endLine: 2, endColumn: 20 }],
    },
    {
      name: '3.4 resolves the errorfiles of a named defaults section no proxy uses',
      version: '3.4',
      code: cfg('defaults d', '    errorfiles nope 400'),
      errors: [{ messageId: 'missing', line: 2, column: 16, endLine: 2, endColumn: 20 }],
    },
    {
      name: "a defaults section's default-server resolvers, resolved in the servers that inherit it",
      code: cfg('defaults d', '    default-server resolvers nope', 'backend b from d', '    server s1 10.0.0.1:80 resolvers dns', 'backend c from d', '    default-server resolvers dns', '    server s2 10.0.0.2:80', 'backend e from d', '    server s3 10.0.0.3:80', 'resolvers dns', '    nameserver ns1 127.0.0.1:53'),
      errors: [{ messageId: 'missing', message: "unable to find resolvers 'nope' referenced by 'resolvers'", line: 2, column: 30, endLine: 2, endColumn: 34 }],
    },
    {
      name: 'the rules and ACLs of a defaults section a proxy uses are resolved in the defaults section (as haproxy 2.6 does)',
      code: cfg('defaults d1', '    mode http', '    acl busy sc_http_req_rate(0,notab) gt 1', '    http-request track-sc0 src table nope', '    http-request do-resolve(txn.ip,nores) hdr(host) if busy', 'frontend f from d1', '    bind :80'),
      errors: [
        { message: "unable to find table 'notab' referenced by 'sc_http_req_rate'", line: 3, column: 33, endLine: 3, endColumn: 38 },
        { message: "unable to find table 'nope' referenced by 'track-sc0'", line: 4, column: 38, endLine: 4, endColumn: 42 },
        { message: "unable to find resolvers 'nores' referenced by 'do-resolve'", line: 5, column: 36, endLine: 5, endColumn: 41 },
      ],
    },
    {
      name: "before 2.6 there is no implicit 'default' resolvers section",
      code: cfg('backend b', '    server s 127.0.0.1:80 resolvers default'),
      version: '2.4',
      errors: [{ messageId: 'missing', message: "unable to find resolvers 'default' referenced by 'resolvers'", line: 2, column: 37, endLine: 2, endColumn: 44 }],
    },
    {
      name: 'the resolvers section the HTTP client is told to use',
      code: cfg('global', '    httpclient.resolvers.id dns1', 'resolvers dns', '    nameserver a 127.0.0.1:53'),
      errors: [{ messageId: 'missing', message: "unable to find resolvers 'dns1' referenced by 'httpclient.resolvers.id'; did you mean 'dns' maybe ?", line: 2, column: 29, endLine: 2, endColumn: 33 }],
    },
    {
      name: 'fe_* fetches name a frontend',
      code: cfg('frontend f', '    bind :80', '    http-request set-var(txn.c) fe_conn(web)', '    http-request set-var(txn.d) fe_conn(f)'),
      errors: [{ message: "unable to find frontend 'web' referenced by 'fe_conn'", line: 3, column: 41, endLine: 3, endColumn: 44 }],
    },
    {
      name: "a tracking fetch without its table argument reads the proxy's own table; a bare server name the proxy's own servers",
      code: cfg('frontend f', '    bind :80', '    http-request deny if { src_conn_rate gt 10 }', 'backend b', '    http-request set-header x %[srv_conn(nosuch)]', '    server s 127.0.0.1:80'),
      errors: [
        { message: "unable to find table 'f' referenced by 'src_conn_rate'", line: 3, column: 28, endLine: 3, endColumn: 41 },
        { line: 5, column: 42, endLine: 5, endColumn: 48 },
      ],
    },
    {
      name: 'do-resolve naming a missing resolvers section',
      code: cfg('frontend f', '    bind :80', '    http-request do-resolve(txn.ip,nores,ipv4) hdr(host)'),
      errors: [{ message: "unable to find resolvers 'nores' referenced by 'do-resolve'", line: 3, column: 36, endLine: 3, endColumn: 41 }],
    },
    {
      name: "a named defaults section declared after the 'from' using it",
      code: cfg('backend app from base', '    server s1 10.0.0.1:80', 'defaults base', '    mode http'),
      errors: [{ messageId: 'missing', message: "unable to find defaults 'base' referenced by 'from' (it is declared later, at line 3: HAProxy reads a defaults section before the proxies using it)", line: 1, column: 18, endLine: 1, endColumn: 22 }],
    },
    {
      name: 'complete email alerts need their mailers',
      code: cfg('defaults', '    email-alert from hp@example.com', 'frontend f', '    bind :80', '    email-alert mailers m1', '    email-alert to ops@example.com'),
      errors: [{ messageId: 'missing', message: "unable to find mailers 'm1' referenced by 'email-alert mailers'", line: 5, column: 25, endLine: 5, endColumn: 27 }],
    },
    {
      name: "'stick' without 'table' needs the proxy's own stick table",
      code: cfg('backend b', '    stick match src', '    server s1 10.0.0.1:80', 'backend c', '    stick-table type ip size 1m', '    stick on src'),
      errors: [{ messageId: 'missing', message: "unable to find table 'b' referenced by 'stick'", line: 2, column: 5, endLine: 2, endColumn: 10 }],
    },
    {
      code: cfg('frontend f', '    http-request track-sc0 src', '    errorfiles errs', 'backend b', '    server s1 10.0.0.1:80 track s9'),
      errors: [
        { messageId: 'missing', message: "unable to find table 'f' referenced by 'track-sc0'", line: 2, column: 18, endLine: 2, endColumn: 27 },
        { messageId: 'missing', line: 3, column: 16, endLine: 3, endColumn: 20 },
        { messageId: 'server', line: 5, column: 33, endLine: 5, endColumn: 35 },
      ],
    },
    {
      // haproxy 2.6: backend 'b', server 's': unable to find required resolvers ''
      name: "a server's resolvers without a name",
      code: cfg('backend b', '  server s 10.0.0.1:80 check resolvers', '  server t 10.0.0.2:80 resolvers "" check'),
      errors: [
        { messageId: 'missing', message: "unable to find resolvers '' referenced by 'resolvers'", line: 2, column: 30, endLine: 2, endColumn: 39 },
        { messageId: 'missing', line: 3, column: 34, endLine: 3, endColumn: 36 },
      ],
    },
  ],
});
