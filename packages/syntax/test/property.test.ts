// Properties: parse never throws and always round-trips; generated configs parse to their model.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineTokens, parse } from '@hacfg/syntax';

const nasty = fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', '"', "'", '\\', '#', '$', '{', '}', '${', '\\x', '\0', '\uFEFF', '\u00e9', '\u2028', '.if ', 'backend ', '%[');

describe('parse is total and lossless', () => {
  it('never throws and round-trips arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(fc.oneof(nasty, fc.string({ maxLength: 5 })), { maxLength: 60 }).map((a) => a.join(''))), (text) => {
        const doc = parse(text);
        expect(doc.toString()).toBe(text);
        let pos = 0;
        for (const line of doc.lines) for (const t of lineTokens(line)) {
          expect(t.start).toBe(pos);
          pos = t.end;
        }
        expect(pos).toBe(text.length);
      }),
      { numRuns: 1500 },
    );
  });
});

// A small model of a well-formed config and its printer.
const ident = fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/).filter((s) => !['no', 'default', 'if', 'unless', 'or'].includes(s));
const port = fc.integer({ min: 1, max: 65535 });
const ip = fc.tuple(fc.integer({ min: 1, max: 254 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 254 })).map(([a, b, c]) => `10.${a}.${b}.${c}`);
const server = fc.record({ name: ident, ip, port, check: fc.boolean(), weight: fc.option(fc.integer({ min: 0, max: 256 }), { nil: undefined }) });
const backend = fc.record({ name: ident, mode: fc.constantFrom('http', 'tcp'), servers: fc.array(server, { minLength: 1, maxLength: 4 }) });
const frontend = fc.record({ name: ident, port, acls: fc.array(fc.record({ name: ident, path: ident }), { maxLength: 3 }), target: ident });
const config = fc.record({ backends: fc.array(backend, { minLength: 1, maxLength: 3 }), frontends: fc.array(frontend, { maxLength: 2 }), indent: fc.constantFrom('  ', '    ', '\t'), eol: fc.constantFrom('\n', '\r\n') });
type Config = typeof config extends fc.Arbitrary<infer T> ? T : never;

function print(c: Config): string {
  const out: string[] = [];
  const i = c.indent;
  for (const f of c.frontends) {
    out.push(`frontend ${f.name}`, `${i}bind :${f.port}`);
    for (const a of f.acls) out.push(`${i}acl ${a.name} path_beg /${a.path}`);
    for (const a of f.acls) out.push(`${i}use_backend ${f.target} if ${a.name}`);
    out.push(`${i}default_backend ${f.target}`);
  }
  for (const b of c.backends) {
    out.push(`backend ${b.name}`, `${i}mode ${b.mode}  # comment`);
    for (const s of b.servers) out.push(`${i}server ${s.name} ${s.ip}:${s.port}${s.check ? ' check' : ''}${s.weight !== undefined ? ` weight ${s.weight}` : ''}`);
  }
  return out.join(c.eol) + c.eol;
}

describe('generated configs parse to their model', () => {
  it('matches sections, servers, ACLs and rules', () => {
    fc.assert(
      fc.property(config, (c) => {
        const doc = parse(print(c));
        expect(doc.diagnostics).toEqual([]);
        expect(doc.sections.map((s) => [s.keyword, s.name?.value])).toEqual([...c.frontends.map((f) => ['frontend', f.name]), ...c.backends.map((b) => ['backend', b.name])]);
        const fes = doc.sections.filter((s) => s.keyword === 'frontend');
        c.frontends.forEach((f, k) => {
          const st = fes[k]!.statements;
          const bind = st.find((s) => s.type === 'bind');
          expect(bind?.type === 'bind' && bind.addresses[0]!.portRange).toEqual({ low: f.port, high: f.port });
          expect(st.filter((s) => s.type === 'acl').map((s) => s.type === 'acl' && [s.name?.value, s.patterns[0]?.value])).toEqual(f.acls.map((a) => [a.name, `/${a.path}`]));
          const rules = st.filter((s) => s.type === 'backend-rule');
          expect(rules.map((r) => r.type === 'backend-rule' && [r.keyword, r.target?.value, r.condition?.groups[0]?.terms[0]?.type === 'acl-ref' ? r.condition.groups[0].terms[0].name : undefined])).toEqual([
            ...f.acls.map((a) => ['use_backend', f.target, a.name]),
            ['default_backend', f.target, undefined],
          ]);
        });
        const bes = doc.sections.filter((s) => s.keyword === 'backend');
        c.backends.forEach((b, k) => {
          const st = bes[k]!.statements;
          expect(st.find((s) => s.type === 'mode')?.args[0]?.value).toBe(b.mode);
          const servers = st.filter((s) => s.type === 'server');
          expect(servers.map((s) => s.type === 'server' && [s.name?.value, s.address?.host, s.address?.portRange?.low, s.params.map((p) => [p.name.value, p.value?.value])])).toEqual(
            b.servers.map((s) => [s.name, s.ip, s.port, [...(s.check ? [['check', undefined]] : []), ...(s.weight !== undefined ? [['weight', String(s.weight)]] : [])]]),
          );
        });
      }),
      { numRuns: 300 },
    );
  });
});
