import rule from '../../src/rules/invalid-log-format.js';
import { cfg, ruleTester } from '../rule-tester.js';

const fe = (...lines: string[]): string => cfg('frontend f', '    mode http', '    bind :80', ...lines);

ruleTester(rule, {
  valid: [
    { name: 'in 3.0 a TCP frontend that may switch to HTTP logs HTTP data', version: '3.0', code: cfg('frontend t', '    mode tcp', '    bind :81', '    tcp-request inspect-delay 5s', '    tcp-request content switch-mode http if HTTP', '    log-format "%ST %[req.hdr(host)]"') },
    { name: 'HTTP fetches in a TCP health-check format pass outside 3.0', version: '3.4', code: cfg('backend c', '    mode tcp', '    option tcp-check', '    tcp-check connect', '    tcp-check send-lf "%[res.hdr(x)]"', '    server s 127.0.0.1:80 check') },
    { name: '%ST and %rt outside HTTP mode pass before and after 3.0', version: '2.8', code: cfg('defaults', '    mode tcp', '    log-format "%ST %rt"', 'frontend t', '    bind :81') },
    { name: 'the built-in formats and flags', code: fe('    log-format "%ci:%cp [%tr] %ft %b/%s %TR/%Tw/%Tc/%Tr/%Ta %ST %B %CC %CS %tsc %ac/%fc/%bc/%sc/%rc %sq/%bq %hr %hs %{+Q}r"', '    unique-id-format %{+X}o\\ %ci:%cp_%fi:%fp_%Ts_%rt:%pid', '    http-request set-header X-Id %[uuid]-%ID') },
    { name: "'%%', and '%' before other characters, are text", code: fe('    log-format "100%% %-x %_a %/"') },
    { name: 'set-var-fmt takes a format, not a sample', code: fe('    http-request set-var-fmt(txn.x) hello-%ci') },
    { name: 'a line another one overrides is not read', code: fe('    log-format "%zz"', '    log-format "%ci"') },
    { name: "option httplog replaces an earlier log-format", code: fe('    log-format "%zz"', '    option httplog') },
    { name: 'a defaults format no proxy inherits is not read', code: cfg('defaults d', '    log-format "%zz"', 'defaults', '    mode http', 'frontend f', '    bind :80') },
    { name: 'backends ignore log-format', code: cfg('backend b', '    mode tcp', '    log-format "%zz %HM"') },
    { name: 'the proxy-level redirect takes plain text', code: fe('    redirect location /%zz') },
    { name: 'from 3.0 a rule is checked with the final mode', version: '3.0', code: cfg('frontend t', '    bind :81', '    tcp-request content set-var-fmt(txn.m) %HM', '    mode http') },
    { name: 'a mode line after the format still counts for proxy-level formats', code: cfg('frontend f', '    bind :80', '    log-format "%HM"', '    mode http') },
    { name: 'HTTP-only variables outside HTTP mode are only a diagnostic from 3.1', version: '3.1', code: cfg('frontend f', '    mode tcp', '    bind :80', '    log-format "%HM"') },
    { name: '2.4 reads its deprecated spellings (deprecated-keyword warns)', version: '2.4', code: fe('    log-format "%Ci:%Cp %st"') },
    { name: '%OG from 3.1', version: '3.1', code: fe('    log-format "%OG"') },
    { name: "before 3.0 '%(' is text", version: '2.9', code: fe('    log-format "%(a b)zz"') },
    { name: 'field names from 3.0', version: '3.0', code: fe('    log-format "%(client:str)ci %(port){+Q}[src_port]"') },
    { name: 'a dynamic use_backend name and health-check formats', code: cfg('frontend f', '    mode http', '    bind :80', '    use_backend be_%[req.hdr(host),lower] if TRUE', '    default_backend b', 'backend b', '    mode http', '    option httpchk', '    http-check send meth GET uri-lf /%[be_name] hdr X-A %ci', '    http-check expect status 200 on-success "ok %[res.hdr(x)]"', '    server s1 127.0.0.1:80 check') },
    { name: 'a switching name is compiled with the final mode', code: cfg('frontend f', '    bind :80', '    use_backend be_%HM', '    mode http') },
    { name: 'default_backend takes a plain name, not a format', code: cfg('frontend f', '    bind :80', '    default_backend be_%zz') },
  ],
  invalid: [
    {
      name: 'the formats of a log-profile step (3.1+), read without a proxy',
      version: '3.1',
      code: cfg('log-profile p', '    on request format "%ci %zz" sd "%[src"', '    on any format "%HM"'),
      errors: [
        { messageId: 'unknown', line: 2, column: 29, endLine: 2, endColumn: 31 },
        { messageId: 'unclosed', line: 2, column: 37, endLine: 2, endColumn: 43 },
      ],
    },
    {
      name: 'switching rule names and health-check strings are formats',
      code: cfg('frontend f', '    mode http', '    bind :80', '    use_backend be_%zz if TRUE', '    use_backend %[src', 'frontend t', '    mode tcp', '    bind :81', '    use_backend be_%HM', 'backend b', '    mode http', '    option httpchk', '    http-check expect status 200 on-error %zz', '    http-check expect hdr name-lf %[src value-lf x%', 'backend c', '    mode tcp', '    tcp-check expect string +OK on-success %HM'),
      errors: [
        { messageId: 'unknown', message: "unknown log-format variable '%zz'", line: 4, column: 21, endLine: 4, endColumn: 23 },
        { messageId: 'unclosed', line: 5, column: 17, endLine: 5, endColumn: 22 },
        { messageId: 'httpOnly', message: "log-format variable '%HM' needs HTTP mode, but frontend 't' is in tcp mode", line: 9, column: 21, endLine: 9, endColumn: 23 },
        { messageId: 'unknown', line: 13, column: 44, endLine: 13, endColumn: 46 },
        { messageId: 'unclosed', line: 14, column: 35, endLine: 14, endColumn: 40 },
        { messageId: 'malformed', line: 14, column: 51, endLine: 14, endColumn: 52 },
        { messageId: 'httpOnly', message: "log-format variable '%HM' needs HTTP mode, but backend 'c' is in tcp mode", line: 17, column: 45, endLine: 17, endColumn: 47 },
      ],
    },
    {
      code: fe('    log-format "%Ci %zz %HPx"'),
      errors: [
        { messageId: 'unknown', message: "unknown log-format variable '%Ci' (HAProxy 2.5 dropped this 2.4 spelling: write '%ci')", line: 4, column: 18, endLine: 4, endColumn: 20 },
        { messageId: 'unknown', message: "unknown log-format variable '%zz'", line: 4, column: 22, endLine: 4, endColumn: 24 },
        { messageId: 'unknown', message: "unknown log-format variable '%HPx'; did you mean '%HP'?", line: 4, column: 26, endLine: 4, endColumn: 29 },
      ],
    },
    {
      name: 'a stray %, flags without a name, unclosed %{ and %[',
      code: fe('    http-request set-header A 50%', '    http-request set-header B %1x', '    http-request set-header C %{+Q}', '    http-request set-header D %{+Q', '    http-request set-header E %[src'),
      errors: [
        { messageId: 'malformed', message: "a '%' ends the string: write '%%' for a literal '%'", line: 4, column: 33, endLine: 4, endColumn: 34 },
        { messageId: 'malformed', message: "'%' is followed by '1': write '%%' for a literal '%'", line: 5, column: 31, endLine: 5, endColumn: 33 },
        { messageId: 'malformed', message: "'%{+Q}' must be followed by a variable name or a '[' expression", line: 6, column: 31, endLine: 6, endColumn: 36 },
        { messageId: 'malformed', message: "'%{' is not closed by '}'", line: 7, column: 31, endLine: 7, endColumn: 35 },
        { messageId: 'unclosed', line: 8, column: 31, endLine: 8, endColumn: 36 },
      ],
    },
    {
      name: 'HTTP-only variables outside HTTP mode, until 3.0',
      code: cfg('defaults', '    mode tcp', '    log-format "%HM"', 'frontend t', '    bind :81', '    tcp-request content set-var-fmt(txn.m) %r'),
      errors: [
        { messageId: 'httpOnly', message: "log-format variable '%HM' needs HTTP mode, but frontend 't' is in tcp mode", line: 3, column: 18, endLine: 3, endColumn: 20 },
        { messageId: 'httpOnly', line: 6, column: 45, endLine: 6, endColumn: 46 },
      ],
    },
    {
      name: '3.0 also refuses %ST and %rt outside HTTP mode (3.1 makes it a diagnostic)',
      version: '3.0',
      code: cfg('defaults', '    mode tcp', '    log-format "%ST %rt %B"', 'frontend t', '    bind :81', '    tcp-request content set-var-fmt(txn.s) %ST', '    use_backend be%ST', 'backend be200'),
      errors: [
        { messageId: 'httpOnly', message: "log-format variable '%ST' needs HTTP mode, but frontend 't' is in tcp mode", line: 3, column: 18, endLine: 3, endColumn: 20 },
        { messageId: 'httpOnly', line: 3, column: 22, endLine: 3, endColumn: 24 },
        { messageId: 'httpOnly', line: 6, column: 45, endLine: 6, endColumn: 47 },
      ],
    },
    {
      name: '3.0 refuses fetches that read HTTP in the formats of a TCP proxy (health checks, log-format)',
      version: '3.0',
      code: cfg('backend c', '    mode tcp', '    option tcp-check', '    tcp-check connect', '    tcp-check send-lf "%[res.hdr(x)] %[src]"', '    server s 127.0.0.1:80 check', 'frontend t', '    mode tcp', '    bind :81', '    log-format "%[req.hdr(host)]"', '    default_backend c'),
      errors: [
        { messageId: 'httpFetch', message: "sample fetch 'res.hdr' reads HTTP, which HAProxy 3.0 refuses in a format of backend 'c' (tcp mode)", line: 5, column: 26, endLine: 5, endColumn: 33 },
        { messageId: 'httpFetch', line: 10, column: 19, endLine: 10, endColumn: 26 },
      ],
    },
    {
      name: 'until 2.9 a rule is read with the mode set so far; from 3.0 with the final one',
      code: cfg('frontend t', '    bind :81', '    tcp-request content set-var-fmt(txn.m) %HM', '    mode http'),
      errors: [{ messageId: 'httpOnly', message: "log-format variable '%HM' needs HTTP mode, but frontend 't' is in tcp mode", line: 3, column: 45, endLine: 3, endColumn: 47 }],
    },
    {
      name: 'formats of rules, replies, redirects, checks and http-error',
      code: cfg(
        'backend b',
        '    mode http',
        '    http-request redirect location /%zz code 302',
        '    http-request return status 200 content-type text/plain lf-string %za hdr X-A %zb',
        '    http-response replace-header X (.*) %zc',
        '    http-request set-map(/m.map) %zd %ze',
        '    http-error status 503 content-type text/plain lf-string %zf',
        '    option httpchk',
        '    http-check send meth GET uri-lf /%zg hdr X-B %zh',
        '    tcp-check send-lf %zi',
        '    unique-id-format %zj',
      ),
      errors: [
        { messageId: 'unknown', line: 3, column: 38, endLine: 3, endColumn: 40 },
        { messageId: 'unknown', line: 4, column: 71, endLine: 4, endColumn: 73 },
        { messageId: 'unknown', line: 4, column: 83, endLine: 4, endColumn: 85 },
        { messageId: 'unknown', line: 5, column: 42, endLine: 5, endColumn: 44 },
        { messageId: 'unknown', line: 6, column: 35, endLine: 6, endColumn: 37 },
        { messageId: 'unknown', line: 6, column: 39, endLine: 6, endColumn: 41 },
        { messageId: 'unknown', line: 7, column: 62, endLine: 7, endColumn: 64 },
        { messageId: 'unknown', line: 9, column: 39, endLine: 9, endColumn: 41 },
        { messageId: 'unknown', line: 9, column: 51, endLine: 9, endColumn: 53 },
        { messageId: 'unknown', line: 10, column: 24, endLine: 10, endColumn: 26 },
        { messageId: 'unknown', line: 11, column: 23, endLine: 11, endColumn: 25 },
      ],
    },
    {
      name: 'field names are checked from 3.0',
      version: '3.0',
      code: fe('    log-format "%(a b)ci %(n:float)ci"'),
      errors: [
        { messageId: 'malformed', message: "' ' cannot be part of a '%(name)' field name (letters, digits, '_' and '-')", line: 4, column: 20, endLine: 4, endColumn: 21 },
        { messageId: 'malformed', message: "unknown output type 'float' in '%(…)': str, sint, bool or raw", line: 4, column: 30, endLine: 4, endColumn: 35 },
      ],
    },
  ],
});
