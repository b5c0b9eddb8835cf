/**
 * The argument facts of sample fetches and converters (catalog source-facts/sample-args.json, read
 * from HAProxy's registrations) against the real HAProxy (2.6 in CI): every fetch and converter given one
 * argument more than it reads is refused by both, and the argument forms below get the same verdict.
 */
import { allConverterNames, allFetchNames, compareVersions, converter, fetch, sampleArgFacts, type HaproxyVersion } from '@hacfg/catalog';
import { describe, expect, it } from 'vitest';
import { ORACLE_VERSION, haproxyBin } from './support/haproxy.js';
import { disagreements, verdicts } from './support/verdicts.js';

const V: HaproxyVersion = ORACLE_VERSION;
const cmp = compareVersions as (a: HaproxyVersion, b: HaproxyVersion) => number;
/** Keywords that need modules, files or a build option: not judged here. */
const SKIP = /^(lua\.|51d|da-|wurfl|map|ssl_c_|aes|jwt|set-var|unset-var)/;
const text = (expr: string): string =>
  `defaults\n    timeout connect 1s\n    timeout client 1s\n    timeout server 1s\n    mode http\nbackend b\n    stick-table type ip size 1k store gpc0,gpc1,conn_cnt,http_req_rate(10s)\n    server s 127.0.0.1:80\nlisten f\n    bind 127.0.0.1:8080\n    stick-table type ip size 1k store gpc0\n    http-request set-var(txn.v) ${expr}\n`;
const LINE = 12;

const run = (exprs: readonly string[]) => verdicts(exprs.map((expr) => ({ label: expr, text: text(expr), line: LINE })));

describe.skipIf(!haproxyBin)('sample fetch and converter arguments', () => {
  it('one argument too many is refused by haproxy and by hacfg', { timeout: 300_000 }, async () => {
    const exprs = [
      ...allFetchNames().filter((n) => fetch(n, V) && !SKIP.test(n)).flatMap((n) => {
        const f = sampleArgFacts('fetch', n, V, cmp);
        return f ? [`${n}(${Array.from({ length: f.max + 1 }, () => '1').join(',')})`] : [];
      }),
      ...allConverterNames().filter((n) => converter(n, V) && !SKIP.test(n)).flatMap((n) => {
        const f = sampleArgFacts('converter', n, V, cmp);
        return f ? [`str(a),${n}(${Array.from({ length: f.max + 1 }, () => '1').join(',')})`] : [];
      }),
    ];
    const results = await run(exprs);
    expect(results.filter((r) => !r.refused || !r.flagged).map((r) => `${r.label}: haproxy ${r.refused ? 'refuses' : 'accepts'}, hacfg ${r.flagged ? 'flags' : 'accepts'}`)).toEqual([]);
    expect(results.length).toBeGreaterThan(450);
  });

  it('argument forms get the same verdict', { timeout: 120_000 }, async () => {
    const exprs = [
      'src', 'src()', 'src(1)', 'hdr(host)', 'hdr(host,1)', 'hdr(host,x)', 'hdr(host,)', 'req.hdr(host,-1)', 'sc_http_req_cnt', 'sc_http_req_cnt()', 'sc_http_req_cnt(0)',
      'sc_http_req_cnt(x)', 'sc_http_req_cnt(0,b)', 'sc_http_req_cnt(0,nosuch)', 'sc0_conn_cnt', 'sc0_conn_cnt()', 'src_conn_cnt', 'src_conn_cnt(b)', 'src_conn_cnt(nosuch)',
      'table_avl(b)', 'table_avl', 'url_param(a)', 'url_param(a,&)', 'url_param(a,&,x)', 'int(1)', 'int(x)', 'int', 'str', 'str(a)', 'str(a),field(1)',
      'str(a),field(1,:)', 'str(a),field(x,:)', 'str(a),word(2,/)', 'str(a),bytes(1)', 'str(a),bytes(1,2)', 'str(a),lower', 'str(a),lower()', 'str(a),regsub(a,b)',
      'str(a),regsub(a)', 'str(a),json(utf8)', 'str(a),base64', 'str(a),ltime(%Y)', 'str(a),ltime', 'int(1),add(2)', 'int(1),add', 'int(1),div(0)', 'str(a),sdbm(1)',
      'str(a),concat(a,txn.x,b)', 'str(a),be2dec(-,2)', 'var(txn.x,1)', 'nbsrv(b)', 'nbsrv', 'be_conn(b)', 'srv_conn(b/s)', 'srv_conn(s)', 'set-cookie(SID)', 'res.cook(SID)', 'str(a),json(utf8ps)', 'str(a),json(utf16)', 'str(a),url_enc(query)', 'str(a),url_enc(path)', 'uuid(4)', 'uuid(7)', 'uuid(x)', 'fc_rtt(ms)', 'fc_rtt(s)',
      // Values the check functions read (sample.c, payload.c, http_htx.c, vars.c) and address/field types (arg.c).
      'fc_rtt()', 'fc_rtt', 'bool(TRUE)', 'bool(yes)', 'bool', 'bin(0A0b)', 'bin(abc)', 'bin(0g)', 'bin()', 'ipv4(10.0.0.1)', 'ipv4(010.0.0.1)', 'ipv4(10.0.0)', 'ipv6(::ffff:10.0.0.1)',
      'ipv6(fe80::1%eth0)', 'src,ipmask(+8,ffff::)', 'src,ipmask(33)', 'src,ipmask(255.255.0)', 'src,ipmask(-1)', 'src,ipmask(24,129)', 'src,ipmask', 'str(a),protobuf(1..2)',
      'str(a),protobuf(1.)', 'str(a),protobuf(1,sfixed64)', 'str(a),protobuf(1,string)', 'str(a),protobuf(1,)', 'str(a),ungrpc(x.1)', 'str(a),be2dec(:,8)', 'str(a),be2dec(:,9)',
      'str(a),be2dec(:)', 'str(a),be2dec(:,4,2)', 'str(a),be2dec(:,,1)', 'str(a),be2hex', 'str(a),be2hex(,-1)', 'str(a),be2hex(:,0)', 'str(a),be2hex(,0,1)', 'str(a),be2hex(:,2,)',
      'str(a),be2hex(,,)', 'str(a),json_query(a,int)', 'str(a),json_query(a,str)', 'str(a),json_query(a,)', 'str(a),json_query()', 'str(a),fix_tag_value(35)', 'str(a),fix_tag_value(msgtype)',
      'str(a),fix_tag_value(0)', 'str(a),fix_tag_value(Foo)', 'distcc_body(ABCD,1)', 'distcc_body(ABC)', 'distcc_param', 'var()', 'var', 'var(,x)', 'str(a),set-var',
      'internal.htx_blk.data(first)', 'internal.htx_blk.data(7)', 'internal.htx_blk.data(last)', 'internal.htx_blk.type(-1)', 'req.hdr(host),host_only', 'req.hdr(host),port_only(1)',
    ];
    const results = await run(exprs);
    expect(disagreements(results)).toEqual([]);
    expect(results.filter((r) => r.refused).length).toBeGreaterThan(10);
  });
});
