// The typed AST: sections, statements and their sub-structures, with exact ranges.
import { describe, expect, it } from 'vitest';
import { parse, type Statement, type TextRange } from '@hacfg/syntax';

const CFG = `# preamble comment
global
    log /dev/log local0
defaults web
    mode http
    timeout client 30s
frontend fe from web
    bind :80,[::]:8080 ssl crt /etc/x.pem alpn h2
    acl is_api path_beg -i /api /v2
    http-request deny if !is_api { src -f /etc/deny.lst } or METH_POST
    use_backend %[req.hdr(host),lower,map(/etc/hosts.map)]
    use_backend api if is_api
    default_backend web
    no option forwardfor
    log-format "%ci:%cp [%t] %[capture.req.hdr(0),lower]"
.if version_atleast(2.6) && !defined(NOPE)
    tcp-request content accept if { req.ssl_hello_type 1 }
.endif
backend api
    server s1 10.0.0.1:8080 check inter 2s weight 10
    server-template web 1-3 _http._tcp.svc:80 check
    default-server fall 3 rise 2
`;

const doc = parse(CFG);
const text = (r: TextRange): string => CFG.slice(r.start, r.end);
const all = [...doc.statements()].map((s) => s.statement);
const find = <T extends Statement['type']>(type: T, i = 0): Extract<Statement, { type: T }> =>
  all.filter((s) => s.type === type)[i] as Extract<Statement, { type: T }>;

describe('typed AST', () => {
  it('groups sections with names and from', () => {
    expect(doc.sections.map((s) => [s.keyword, s.name?.value, s.from?.value])).toEqual([
      ['global', undefined, undefined],
      ['defaults', 'web', undefined],
      ['frontend', 'fe', 'web'],
      ['backend', 'api', undefined],
    ]);
    expect(doc.preamble).toHaveLength(0);
    expect(doc.diagnostics).toEqual([]);
  });

  it('reads bind addresses and params', () => {
    const b = find('bind');
    expect(b.addresses.map((a) => [a.host, a.port])).toEqual([['', '80'], ['::', '8080']]);
    expect(b.params.map((p) => [p.name.value, p.value?.value])).toEqual([['ssl', undefined], ['crt', '/etc/x.pem'], ['alpn', 'h2']]);
    expect(text(b.addresses[1]!.range)).toBe('[::]:8080');
  });

  it("reads no port when a ']' follows the last colon, as str2sa_range() does", () => {
    const d = parse('backend b\n    server a mail:]25\n    server c [::1]\n    server e ::1:80\n');
    const servers = d.sections[0]!.statements.map((st) => (st.type === 'server' ? [st.address?.host, st.address?.port] : []));
    expect(servers).toEqual([['mail:]25', undefined], ['::1', undefined], ['::1', '80']]);
  });

  it('reads ACLs with flags and patterns', () => {
    const a = find('acl');
    expect(a.name?.value).toBe('is_api');
    expect(a.criterion?.fetch.name).toBe('path_beg');
    expect(a.flags.map((f) => f.flag.value)).toEqual(['-i']);
    expect(a.patterns.map((p) => p.value)).toEqual(['/api', '/v2']);
  });

  it('reads conditions as OR groups of AND terms', () => {
    const r = find('rule');
    expect(r.ruleset).toBe('http-request');
    expect(r.action?.value).toBe('deny');
    const c = r.condition!;
    expect(c.polarity).toBe('if');
    expect(c.groups).toHaveLength(2);
    const [t1, t2] = c.groups[0]!.terms;
    expect(t1).toMatchObject({ type: 'acl-ref', name: 'is_api', negated: true });
    expect(text(t1!.range)).toBe('!is_api');
    expect(t2!.type).toBe('acl-anonymous');
    if (t2!.type === 'acl-anonymous') {
      expect(t2!.acl.criterion?.fetch.name).toBe('src');
      expect(t2!.acl.flags[0]!.arg?.value).toBe('/etc/deny.lst');
    }
    expect(text(t2!.range)).toBe('{ src -f /etc/deny.lst }');
    expect(c.groups[1]!.terms[0]).toMatchObject({ type: 'acl-ref', name: 'METH_POST', negated: false });
  });

  it('marks dynamic use_backend targets and parses their sample expression ranges', () => {
    const dyn = find('backend-rule', 0);
    expect(dyn.dynamic).toBe(true);
    const st = find('backend-rule', 1);
    expect([st.target?.value, st.dynamic, st.condition?.groups[0]!.terms[0]]).toMatchObject(['api', false, { name: 'is_api' }]);
    expect(find('backend-rule', 2)).toMatchObject({ keyword: 'default_backend', condition: undefined });
  });

  it("reads any '%' in a use_backend/use-server name as a format (HAProxy compiles it), never in default_backend", () => {
    const d = parse('frontend f\n    use_backend be_%ci\n    use_backend be_%zz\n    use-server %[var(txn.s)] if TRUE\n    default_backend be_%ci\n');
    const rules = d.sections[0]!.statements.filter((s) => s.type === 'backend-rule');
    expect(rules.map((s) => [s.keyword, s.dynamic])).toEqual([['use_backend', true], ['use_backend', true], ['use-server', true], ['default_backend', false]]);
  });

  it('keeps the no modifier', () => {
    const o = find('option');
    expect([o.modifier, o.name?.value]).toEqual(['no', 'forwardfor']);
  });

  it('parses log-format strings with %[expr] nodes', () => {
    const lf = find('log-format');
    const exprs = lf.format.filter((p) => p.type === 'expr');
    expect(exprs).toHaveLength(1);
    const e = exprs[0]!;
    if (e.type !== 'expr') return;
    expect(e.expr.fetch.name).toBe('capture.req.hdr');
    expect(e.expr.converters.map((c) => c.name)).toEqual(['lower']);
    expect(text(e.expr.fetch.range)).toBe('capture.req.hdr(0)');
    expect(lf.format.filter((p) => p.type === 'var').map((p) => p.type === 'var' && p.name)).toEqual(['ci', 'cp', 't']);
  });

  it('keeps .if blocks as nodes with predicate trees', () => {
    expect(doc.conditionals).toHaveLength(1);
    const ifd = doc.conditionals[0]!.branches[0]!;
    expect(ifd.expr).toMatchObject({ type: 'and', left: { type: 'call', name: 'version_atleast', args: ['2.6'] }, right: { type: 'not', expr: { type: 'call', name: 'defined', args: ['NOPE'] } } });
    const inner = find('rule', 1);
    expect([inner.ruleset, inner.condDepth]).toEqual(['tcp-request content', 1]);
  });

  it('reads servers, templates and default-server', () => {
    const s = find('server');
    expect([s.name?.value, s.address?.host, s.address?.port]).toEqual(['s1', '10.0.0.1', '8080']);
    expect(s.params.map((p) => [p.name.value, p.value?.value])).toEqual([['check', undefined], ['inter', '2s'], ['weight', '10']]);
    const t = find('server', 1);
    expect([t.keyword, t.name?.value, t.count?.value, t.address?.host]).toEqual(['server-template', 'web', '1-3', '_http._tcp.svc']);
    const d = find('server', 2);
    expect([d.keyword, d.params.map((p) => p.name.value)]).toEqual(['default-server', ['fall', 'rise']]);
  });

  it('maps sample ranges through quotes and escapes', () => {
    const d = parse('frontend f\n  acl x "req.hdr(host)",lower ok\n');
    const acl = [...d.statements()][0]!.statement;
    if (acl.type !== 'acl') throw new Error('not an acl');
    expect(acl.criterion?.converters[0]!.name).toBe('lower');
    expect(d.text.slice(acl.criterion!.fetch.nameRange.start, acl.criterion!.fetch.nameRange.end)).toBe('req.hdr');
    expect(d.text.slice(acl.criterion!.converters[0]!.range.start, acl.criterion!.converters[0]!.range.end)).toBe('lower');
  });

  it('reads the converters that start the words after an ACL criterion as part of it, as sample_parse_expr() does', () => {
    const d = parse('frontend f\n  acl x req.ssl_supported_groups, be2hex(:,2),lower -m sub 0017\n  acl y req.hdr(ct) json\n  acl z path /json\n');
    const [x, y, z] = [...d.statements()].map((e) => e.statement);
    if (x?.type !== 'acl' || y?.type !== 'acl' || z?.type !== 'acl') throw new Error('not acls');
    expect([x.criterion?.fetch.name, x.criterion?.converters.map((c) => c.name), x.flags.map((f) => f.flag.value), x.patterns.map((p) => p.value)]).toEqual(['req.ssl_supported_groups', ['be2hex', 'lower'], ['-m'], ['0017']]);
    expect(d.text.slice(x.criterion!.range.start, x.criterion!.range.end)).toBe('req.ssl_supported_groups, be2hex(:,2),lower');
    expect([y.criterion?.converters.map((c) => c.name), y.patterns.length]).toEqual([['json'], 0]);
    expect(z.patterns.map((p) => p.value)).toEqual(['/json']);
  });

  it('treats an unknown column-0 word followed by an indented body as an unknown section', () => {
    const d = parse('backnd web\n    server s 1.2.3.4:80\n');
    expect(d.sections.map((s) => [s.keyword, s.known, s.statements.length])).toEqual([['backnd', false, 1]]);
  });

  it('puts statements before any section in the preamble', () => {
    expect(parse('maxconn 10\nglobal\n').preamble.map((s) => s.keyword)).toEqual(['maxconn']);
  });
});
