import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@hacfg/syntax';
import { describe, expect, it } from 'vitest';
import { buildConfig, routingGraph } from '../src/index.js';

const cfg = (...l: string[]): string => l.join('\n') + '\n';
const seeds = join(import.meta.dirname, '../../../fixtures/seeds');

describe('routingGraph', () => {
  it('orders use_backend rules before default_backend, keeps conditions and marks dynamic targets', () => {
    const c = buildConfig(
      parse(cfg('frontend f', '  bind :80', '  default_backend web', '  use_backend api if { path_beg /api }', '  use_backend %[req.hdr(host),lower]', 'backend web', 'backend api')),
    );
    const g = routingGraph(c);
    expect(g.routes.map((r) => [r.kind, r.target, r.conditionText, r.dynamic, r.backend?.name, r.order])).toEqual([
      ['use_backend', 'api', 'if { path_beg /api }', false, 'api', 0],
      ['use_backend', '%[req.hdr(host),lower]', undefined, true, undefined, 1],
      ['default_backend', 'web', undefined, false, 'web', 2],
    ]);
  });

  it('finds nbsrv() failover edges and the backends they watch (seed 002)', () => {
    const c = buildConfig(parse(readFileSync(join(seeds, '002-nbsrv-failover.cfg'), 'utf8')));
    const g = routingGraph(c);
    const failover = g.routes.filter((r) => r.failover);
    expect(failover.map((r) => [r.target, r.watches.map((w) => [w.fetch, w.backend, w.acl, w.text])])).toEqual([
      ['www-myapp-backup', [['nbsrv', 'www-myapp', 'is_myapp_down', 'nbsrv(www-myapp)     lt 1']]],
    ]);
    expect(g.watches.map((w) => w.backend)).toEqual(['www-myapp']);
  });

  it('treats a negated watch as a primary-while-up rule, not a failover', () => {
    const c = buildConfig(parse(cfg('frontend f', '  acl down nbsrv(a) lt 1', '  use_backend a if !down', '  use_backend b if { srv_is_up(a/s1) } ', 'backend a', 'backend b')));
    const r = routingGraph(c).routes;
    expect(r.map((e) => [e.target, e.failover, e.watches.map((w) => [w.backend, w.server, w.negated])])).toEqual([
      ['a', false, [['a', undefined, true]]],
      ['b', true, [['a', 's1', false]]],
    ]);
  });

  it('collects monitor frontends and what their monitor fail conditions watch', () => {
    const c = buildConfig(
      parse(cfg('frontend health', '  mode http', '  bind :8081', '  monitor-uri /health', '  acl app_dead nbsrv(app) lt 1', '  monitor fail if app_dead', 'backend app')),
    );
    const m = routingGraph(c).monitors;
    expect(m.map((x) => [x.frontend.name, x.uri, x.fails.length, x.watches.map((w) => w.backend)])).toEqual([['health', '/health', 1, ['app']]]);
  });
});
