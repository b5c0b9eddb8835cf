/**
 * What a configuration does, per frontend: listeners, TLS, routes, backends with their servers and
 * checks, failover paths, and the issue-5 rule findings attached to the part they concern.
 */
import { buildConfig, effectiveProxy, formatDuration, routingGraph, samplesOf, timeToDown, timeToUp, type Config, type EffectiveServer, type Proxy } from '@hacfg/model';
import type { Document, TextRange } from '@hacfg/syntax';
import { lint } from '../engine.js';
import { RULES } from '../rules/index.js';
import type { HaproxyVersion } from '@hacfg/catalog';
import { TLS_PORTS } from '../util/setups.js';
import type { BackendInfo, Description, Finding, FrontendInfo, ServerInfo } from './model.js';
import { lineOf } from '../util/ranges.js';

/** The rules whose findings `describe` shows: the setups' rules and the mode rules they rely on. */
export const DESCRIBE_RULES: readonly string[] = [
  'server-without-check', 'check-without-server-check', 'check-rules-without-option', 'http-check-on-tls-port', 'single-server-no-backup',
  'tcp-check-order', 'agent-check-without-port', 'check-timing', 'monitor-missing-backend', 'backup-without-check', 'nbsrv-unchecked-backend',
  'failover-rule-shadowed', 'failover-backend-mode', 'all-servers-backup', 'duplicate-server-cookie', 'sni-routing-without-inspect-delay',
  'ssl-bind-in-passthrough', 'proxy-protocol-mismatch', 'http-option-in-tcp', 'http-frontend-tcp-backend', 'http-only-in-tcp', 'undefined-backend', 'undefined-acl',
];

export interface DescribeOptions {
  readonly haproxyVersion?: HaproxyVersion;
}

interface Located extends Finding {
  readonly doc: Document;
  readonly offset: number;
}

const inside = (r: TextRange, o: number): boolean => o >= r.start && o < r.end;

export function describeConfig(docs: readonly Document[], options: DescribeOptions = {}): Description {
  const version = options.haproxyVersion ?? '2.6';
  const config = buildConfig(docs, { version });
  const ruleSet = RULES.filter((r) => DESCRIBE_RULES.includes(r.id));
  const located: Located[] = lint(docs, { haproxyVersion: version, ruleSet }).flatMap((res) =>
    res.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, message: m.message, file: res.filePath, line: m.line, column: m.column, doc: res.doc, offset: m.range.start })),
  );
  const used = new Set<Located>();
  const take = (doc: Document, r: TextRange): Finding[] =>
    located.filter((f) => !used.has(f) && f.doc === doc && inside(r, f.offset)).map((f) => {
      used.add(f);
      const { doc: _d, offset: _o, ...plain } = f;
      return plain;
    });
  // Servers first, so that a finding on a server line is not claimed by its backend.
  const serverFindings = new Map<EffectiveServer, Finding[]>();
  for (const p of config.realProxies) for (const s of effectiveProxy(p).servers) serverFindings.set(s, take(p.doc, s.statement.line));
  const backendFindings = new Map<Proxy, Finding[]>();
  const frontendFindings = new Map<Proxy, Finding[]>();
  for (const p of config.realProxies) {
    // A listen's findings go to its frontend side; a pure backend keeps its own.
    if (p.isFrontend) frontendFindings.set(p, take(p.doc, p.section.range));
    else backendFindings.set(p, take(p.doc, p.section.range));
  }
  const otherFindings = located.filter((f) => !used.has(f)).map(({ doc: _d, offset: _o, ...plain }) => plain);

  const graph = routingGraph(config);
  const backends = config.realProxies.filter((p) => p.isBackend).map((p) => backendInfo(config, p, serverFindings, backendFindings.get(p) ?? []));
  const frontends = graph.frontends.map((fe) => frontendInfo(config, fe, frontendFindings.get(fe) ?? []));
  return { frontends, backends, otherFindings };
}

function frontendInfo(config: Config, fe: Proxy, findings: Finding[]): FrontendInfo {
  const graph = routingGraph(config);
  const eff = effectiveProxy(fe);
  const listeners = eff.binds.flatMap((b) => {
    const tls = b.params.some((p) => p.name.value === 'ssl');
    const acceptProxy = b.params.some((p) => p.name.value === 'accept-proxy');
    return b.addresses.map((a) => ({ address: a.text, tls, acceptProxy }));
  });
  const routes = graph.routes.filter((r) => r.from === fe).map((r) => ({
    kind: r.kind,
    target: r.target,
    condition: r.conditionText?.replace(/\s+/g, ' '),
    dynamic: r.dynamic,
    missing: !r.dynamic && !r.backend,
    failover: r.failover,
    watches: r.watches.map((w) => (w.negated ? '!' : '') + w.text.replace(/\s+/g, ' ')),
    line: lineOf(fe.doc, r.statement.range.start),
  }));
  const reached: string[] = [];
  for (const r of routes) if (!r.dynamic && !r.missing && !reached.includes(r.target)) reached.push(r.target);
  if (fe.isBackend && fe.name !== undefined && !routes.some((r) => r.kind === 'default_backend')) reached.push(fe.name);
  const monitor = graph.monitors.find((m) => m.frontend === fe);
  const sni = fe.statements.some((st) => samplesOf(st, fe.doc.text, config.version).some((e) => e.fetch.name === 'req.ssl_sni' || e.fetch.name === 'req_ssl_sni'));
  const tlsServers = reached.some((n) => effectiveProxy(config.backend(n)!).servers.some((s) => !s.ssl && s.port !== undefined && TLS_PORTS.has(s.port)));
  const tlsBindPort = eff.binds.some((b) => b.addresses.some((a) => a.portRange !== undefined && TLS_PORTS.has(a.portRange.low)));
  const tls = listeners.some((l) => l.tls) ? 'termination' : fe.mode === 'tcp' && (sni || tlsServers || tlsBindPort) ? 'passthrough' : 'none';
  return {
    name: fe.name ?? '',
    kind: fe.kind,
    mode: fe.mode,
    listeners,
    tls,
    routes,
    monitor: monitor ? { uri: monitor.uri, fail: monitor.fails.map((s) => fe.doc.text.slice(s.range.start, s.range.end)), watched: [...new Set(monitor.watches.map((w) => w.backend))] } : undefined,
    backends: reached,
    line: lineOf(fe.doc, fe.section.header.start),
    findings,
  };
}

function backendInfo(config: Config, be: Proxy, serverFindings: Map<EffectiveServer, Finding[]>, findings: Finding[]): BackendInfo {
  const eff = effectiveProxy(be);
  const opt = eff.checkOption?.statement;
  const checkType = opt ? [opt.name!.value, ...opt.optionArgs.map((w) => w.value)].join(' ') : 'tcp connect';
  const failoverTo = routingGraph(config)
    .routes.filter((r) => r.failover && r.watches.some((w) => !w.negated && w.backend === be.name))
    .map((r) => ({ frontend: r.from.name ?? '', backend: r.target, condition: r.conditionText?.replace(/\s+/g, ' ') }));
  return {
    name: be.name ?? '',
    kind: be.kind,
    mode: be.mode,
    balance: eff.balance?.value,
    checkType,
    cookie: eff.cookie?.value,
    stickTable: eff.stickTable !== undefined,
    servers: eff.servers.map((s) => serverInfo(s, serverFindings.get(s) ?? [])),
    failoverTo,
    line: lineOf(be.doc, be.section.header.start),
    findings,
  };
}

function serverInfo(s: EffectiveServer, findings: Finding[]): ServerInfo {
  const summary = s.check
    ? `every ${formatDuration(s.inter)}, DOWN after ${formatDuration(timeToDown(s))} (fall ${s.fall}), UP after ${formatDuration(timeToUp(s))} (rise ${s.rise})`
    : undefined;
  return {
    name: s.name,
    address: s.statement.address?.text ?? '',
    check: s.check,
    checkSummary: summary,
    checkTls: s.checkSsl,
    checkPort: s.check && s.checkPort !== s.port ? s.checkPort : undefined,
    agent: s.agentCheck ? `agent-port ${s.agentPort ?? '?'}` : undefined,
    backup: s.backup,
    weight: s.weight,
    disabled: s.disabled,
    track: s.track,
    cookie: s.cookie,
    tls: s.ssl,
    sendProxy: s.sendProxy,
    line: lineOf(s.proxy.doc, s.statement.range.start),
    findings,
  };
}
