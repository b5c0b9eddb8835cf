import rule from '../../src/rules/invalid-sample-argument.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("backend b", "    http-request set-header x %[srv_conn(s)]", "    http-request set-header y %[url_param(a,b)]") },
    { name: 'optional arguments left empty, resolved names left out', code: cfg("backend b", "    http-request set-var(txn.a) hdr(host,)", "    http-request set-var(txn.b) src_conn_cnt", "    http-request set-var(txn.c) sc0_conn_cnt") },
  ],
  invalid: [
    {
      name: 'argument values HAProxy checks: json encodings, url_enc, uuid versions, RTT units',
      code: cfg('frontend f', '    mode http', '    http-request set-var(txn.a) str(a),json(utf16)', '    http-request set-var(txn.b) str(a),url_enc(path)', '    http-request set-var(txn.c) uuid(7)', '    http-request set-var(txn.d) fc_rtt(s),json(utf8s)'),
      errors: [
        { messageId: 'value', message: "argument 1 of 'json' must be one of ascii, utf8, utf8s, utf8p, utf8ps in HAProxy 2.6 (got 'utf16')", line: 3, column: 45, endLine: 3, endColumn: 50 },
        { messageId: 'value', line: 4, column: 48, endLine: 4, endColumn: 52 },
        { messageId: 'value', message: "argument 1 of 'uuid' must be one of 4 in HAProxy 2.6 (got '7')", line: 5, column: 38, endLine: 5, endColumn: 39 },
        { messageId: 'value', line: 6, column: 40, endLine: 6, endColumn: 41 },
      ],
    },
    {
      name: "too many arguments",
      code: cfg("frontend f", "    http-request set-header x %[url_param(a,,i)]"),
      errors: [{ messageId: "tooMany", line: 2, column: 46, endLine: 2, endColumn: 47 }],
    },
    {
      name: "integer expected",
      code: cfg("frontend f", "    http-request set-header x %[str(abc),bytes(txn.start)]"),
      errors: [{ messageId: "notInt", line: 2, column: 48, endLine: 2, endColumn: 57 }],
    },
    {
      name: "missing and empty arguments",
      code: cfg("backend b", "    http-request set-var(txn.a) sc_http_req_cnt", "    http-request set-var(txn.b) int()", "    http-request set-var(txn.c) str(a),field(1)", "    http-request set-var(txn.d) str(a),field(,:)"),
      errors: [
        { messageId: "nothing", message: "argument 1 of 'sc_http_req_cnt' must be an integer, and there is none", line: 2, column: 33, endLine: 2, endColumn: 48 },
        { messageId: "nothing", line: 3, column: 33, endLine: 3, endColumn: 36 },
        { messageId: "missing", message: "'field' needs at least 2 argument(s) in HAProxy 2.6 (got 1)", line: 4, column: 40, endLine: 4, endColumn: 48 },
        { messageId: "nothing", line: 5, column: 46, endLine: 5, endColumn: 46 },
      ],
    },
    {
      name: "integers after other converters",
      code: cfg("backend b", "    http-request set-var(txn.a) str(a),ltime(%Y),bytes(1)", "    http-request set-var(txn.b) str(a),sdbm(x)"),
      errors: [{ messageId: "notInt", line: 3, column: 45, endLine: 3, endColumn: 46 }],
    },
    {
      name: "names left out: the current proxy, which must be a backend; userlists and servers are never implied",
      code: cfg("frontend f", "    http-request set-var(txn.a) nbsrv", "    http-request deny unless { http_auth }", "    http-request set-var(txn.b) srv_conn()", "    http-request set-var(txn.c) nbsrv(b)"),
      errors: [
        { messageId: "selfNotBackend", message: "'nbsrv' without a backend name reads the current proxy, and frontend 'f' is no backend: name one", line: 2, column: 33, endLine: 2, endColumn: 38 },
        { messageId: "noUserlist", line: 3, column: 32, endLine: 3, endColumn: 41 },
        { messageId: "noServer", line: 4, column: 33, endLine: 4, endColumn: 41 },
      ],
    },
    {
      name: "backend required",
      code: cfg("defaults d", "    http-request set-header x %[srv_conn(www)]"),
      errors: [{ messageId: "noBackend", line: 2, column: 42, endLine: 2, endColumn: 45 }],
    },
  ],
});
