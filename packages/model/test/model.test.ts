import { parse } from '@hacfg/syntax';
import { describe, expect, it } from 'vitest';
import { buildConfig } from '../src/index.js';

const cfg = (...l: string[]): string => l.join('\n') + '\n';

describe('model', () => {
  it('applies anonymous defaults until the next one, named defaults with from', () => {
    const c = buildConfig(
      parse(cfg('defaults', '  mode http', '  timeout client 5s', 'defaults base', '  mode tcp', 'frontend a', 'frontend b from base', 'defaults', 'backend c')),
      { version: '2.6' },
    );
    const by = (n: string) => c.realProxies.find((p) => p.name === n)!;
    expect(by('a').mode).toBe('tcp');
    expect(by('a').defaults?.name).toBe('base');
    expect(by('b').mode).toBe('tcp');
    expect(by('c').mode).toBe('tcp');
    expect(by('c').timeouts.get('client')).toBeUndefined();
  });

  it('inherits timeouts and mode from the last defaults', () => {
    const c = buildConfig(parse(cfg('defaults', '  mode http', '  timeout client 5s', 'frontend a', '  timeout client 9s', 'backend b')));
    expect(c.realProxies.map((p) => [p.name, p.mode, p.timeouts.get('client')?.value])).toEqual([
      ['a', 'http', '9s'],
      ['b', 'http', '5s'],
    ]);
  });

  it('reads haterm (3.4) as http mode, except on a backend line HAProxy refuses', () => {
    const c = buildConfig(parse(cfg('defaults d', '  mode haterm', 'frontend f from d', 'backend b from d', 'backend own', '  mode haterm', 'listen l', '  mode haterm')), { version: '3.4' });
    expect(c.realProxies.map((p) => [p.name, p.mode])).toEqual([
      ['f', 'http'],
      ['b', 'http'],
      ['own', 'haterm'],
      ['l', 'http'],
    ]);
  });

  it('builds symbols and references across files in load order', () => {
    const c = buildConfig([
      parse(cfg('frontend f', '  use_backend b if { nbsrv(b) gt 0 }', '  use_backend %[req.hdr(host)]', '  acl x src 1.2.3.4', '  http-request deny if x')),
      parse(cfg('backend b', '  server s 10.0.0.1:80 track b/s2', '  server s2 10.0.0.2:80', 'userlist u', 'peers p')),
    ]);
    expect(c.backend('b')?.servers.size).toBe(2);
    expect(c.lookup('userlist', 'u')).toHaveLength(1);
    expect(c.references.map((r) => `${r.kind}:${r.name}:${r.via}`)).toEqual(['backend:b:use_backend', 'backend:b:nbsrv', 'backend:b:track', 'server:s2:track']);
    expect(c.aclUses.map((u) => u.name)).toEqual(['x']);
  });

  it('skips .if branches the target version does not take', () => {
    const doc = parse(cfg('global', '.if version_atleast(2.8)', '  a on', '.elif version_atleast(2.6)', '  b on', '.else', '  c on', '.endif'));
    const active = (v: '2.4' | '2.6' | '3.0') => buildConfig(doc, { version: v }).sections[0]!.statements.filter((s) => s.type === 'directive').map((s) => s.keyword);
    expect(active('3.0')).toEqual(['a']);
    expect(active('2.6')).toEqual(['b']);
    expect(active('2.4')).toEqual(['c']);
  });

  it('lists the active lines of the global sections by keyword, in load order', () => {
    const c = buildConfig(
      parse(cfg('global', '  log 127.0.0.1 local0', '  no log', '.if version_atleast(9.0)', '  log 127.0.0.2 local0', '.endif', 'defaults', '  log global', 'global', '  log 127.0.0.3 local1')),
      { version: '2.6' },
    );
    // `no log` and the skipped `.if` branch are left out; a proxy's `log` is not a global line.
    expect(c.globalLines('log').map((l) => [l.statement.args[0]?.value, l.section.index])).toEqual([['127.0.0.1', 0], ['127.0.0.3', 2]]);
    expect(c.globalLines('insecure-fork-wanted')).toEqual([]);
  });
});
