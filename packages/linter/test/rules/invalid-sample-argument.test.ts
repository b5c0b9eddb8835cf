import rule from '../../src/rules/invalid-sample-argument.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("backend b", "    http-request set-header x %[srv_conn(s)]", "    http-request set-header y %[url_param(a,b)]") },
    {
      name: 'argument values within what the check functions accept',
      code: cfg('frontend f', '    mode http', '    http-request set-var(txn.a) bool(TRUE),and(bin(0A0b))', '    http-request set-var(txn.b) src,ipmask(+8,ffff::),protobuf(1..2,sfixed64)', '    http-request set-var(txn.c) str(a),be2hex(,-1),be2hex(:,2,),be2dec(,8,1),fix_tag_value(msgtype)', '    http-request set-var(txn.d) distcc_body(ABCD,1),ipv6(::ffff:10.0.0.1),internal.htx_blk.data(first)', '    http-request set-var(txn.e) fc_rtt,json_query(a,int)'),
    },
    { name: 'a converter backported to 2.6 (host_only) takes no argument', code: cfg('frontend f', '    mode http', '    http-request set-var(txn.a) req.hdr(host),host_only') },
    { name: 'optional arguments left empty, resolved names left out', code: cfg("backend b", "    http-request set-var(txn.a) hdr(host,)", "    http-request set-var(txn.b) src_conn_cnt", "    http-request set-var(txn.c) sc0_conn_cnt") },
  ],
  invalid: [
    {
      name: 'argument values HAProxy checks: json encodings, url_enc, uuid versions, RTT units',
      code: cfg('frontend f', '    mode http', '    http-request set-var(txn.a) str(a),json(utf16)', '    http-request set-var(txn.b) str(a),url_enc(path)', '    http-request set-var(txn.c) uuid(7)', '    http-request set-var(txn.d) fc_rtt(s),json(utf8s)'),
      errors: [
        { messageId: 'value', message: "argument 1 of 'json' must be 'ascii', 'utf8', 'utf8s', 'utf8p' or 'utf8ps' in HAProxy 2.6 (got 'utf16')", line: 3, column: 45, endLine: 3, endColumn: 50 },
        { messageId: 'value', line: 4, column: 48, endLine: 4, endColumn: 52 },
        { messageId: 'value', message: "argument 1 of 'uuid' must be '4' in HAProxy 2.6 (got '7')", line: 5, column: 38, endLine: 5, endColumn: 39 },
        { messageId: 'value', line: 6, column: 40, endLine: 6, endColumn: 41 },
      ],
    },
    {
      name: 'argument syntaxes check functions verify: bool, bin, tokens, block positions, chunk sizes, protobuf types, FIX tags',
      code: cfg('frontend f', '    mode http', '    http-request set-var(txn.a) bool(yes)', '    http-request set-var(txn.b) bin(abc)', '    http-request set-var(txn.c) bin', '    http-request set-var(txn.d) distcc_param(ABC)', '    http-request set-var(txn.e) internal.htx_blk.size(last)', '    http-request set-var(txn.f) str(a),be2dec(:,9),be2dec(:),be2hex(:,0)', '    http-request set-var(txn.g) str(a),protobuf(1,string),ungrpc(1,)', '    http-request set-var(txn.h) str(a),fix_tag_value(0),json_query(""),json_query(a,str)', '    http-request set-var(txn.i) fc_rttvar()'),
      errors: [
        { messageId: 'value', message: "argument 1 of 'bool' must be 'true', 'false', '1' or '0' in HAProxy 2.6 (got 'yes')", line: 3, column: 38, endLine: 3, endColumn: 41 },
        { messageId: 'value', message: "argument 1 of 'bin' must be an even number of hex digits in HAProxy 2.6 (got 'abc')", line: 4, column: 37, endLine: 4, endColumn: 40 },
        { messageId: 'required', message: "argument 1 of 'bin' must be an even number of hex digits, and there is none", line: 5, column: 33, endLine: 5, endColumn: 36 },
        { messageId: 'value', message: "argument 1 of 'distcc_param' must be exactly four characters in HAProxy 2.6 (got 'ABC')", line: 6, column: 46, endLine: 6, endColumn: 49 },
        { messageId: 'value', message: "argument 1 of 'internal.htx_blk.size' must be 'head', 'tail', 'first' or a number in HAProxy 2.6 (got 'last')", line: 7, column: 55, endLine: 7, endColumn: 59 },
        { messageId: 'value', message: "argument 2 of 'be2dec' must be a number from 1 to 8 in HAProxy 2.6 (got '9')", line: 8, column: 49, endLine: 8, endColumn: 50 },
        { messageId: 'required', message: "argument 2 of 'be2dec' must be a number from 1 to 8, and there is none", line: 8, column: 52, endLine: 8, endColumn: 61 },
        { messageId: 'value', message: "argument 2 of 'be2hex' must be a number from 1 in HAProxy 2.6 (got '0')", line: 8, column: 71, endLine: 8, endColumn: 72 },
        { messageId: 'value', line: 9, column: 51, endLine: 9, endColumn: 57 },
        { messageId: 'required', line: 9, column: 68, endLine: 9, endColumn: 68 },
        { messageId: 'value', message: "argument 1 of 'fix_tag_value' must be 'MsgType', 'CheckSum', 'BodyLength', 'TargetCompID', 'BeginString', 'SenderCompID' or a positive number in HAProxy 2.6 (got '0')", line: 10, column: 54, endLine: 10, endColumn: 55 },
        { messageId: 'required', message: "argument 1 of 'json_query' must be a non-empty string, and there is none", line: 10, column: 57, endLine: 10, endColumn: 71 },
        { messageId: 'value', message: "argument 2 of 'json_query' must be 'int' in HAProxy 2.6 (got 'str')", line: 10, column: 85, endLine: 10, endColumn: 88 },
        { messageId: 'required', message: "argument 1 of 'fc_rttvar' must be 'us' or 'ms', and there is none", line: 11, column: 33, endLine: 11, endColumn: 44 },
      ],
    },
    {
      name: 'addresses, masks and protobuf field numbers as HAProxy parses them',
      code: cfg('frontend f', '    mode http', '    http-request set-var(txn.a) ipv4(010.0.0.1)', '    http-request set-var(txn.b) ipv6(fe80::1%eth0)', '    http-request set-var(txn.c) src,ipmask(33,129)', '    http-request set-var(txn.d) str(a),protobuf(1.)', '    http-request set-var(txn.e) str(a),be2hex(,,1)'),
      errors: [
        { messageId: 'notType', message: "argument 1 of 'ipv4' must be an IPv4 address (got '010.0.0.1')", line: 3, column: 38, endLine: 3, endColumn: 47 },
        { messageId: 'notType', line: 4, column: 38, endLine: 4, endColumn: 50 },
        { messageId: 'notType', message: "argument 1 of 'ipmask' must be an IPv4 mask (dotted or a prefix length up to 32) (got '33')", line: 5, column: 44, endLine: 5, endColumn: 46 },
        { messageId: 'notType', line: 5, column: 47, endLine: 5, endColumn: 50 },
        { messageId: 'notType', message: "argument 1 of 'protobuf' must be a protocol buffers field number (such as '1' or '1.2.3') (got '1.')", line: 6, column: 49, endLine: 6, endColumn: 51 },
        { messageId: 'nothing', message: "argument 2 of 'be2hex' must be an integer, and there is none", line: 7, column: 48, endLine: 7, endColumn: 48 },
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
