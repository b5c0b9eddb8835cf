/**
 * Where traffic goes: frontends (and listens) → backends through `use_backend` / `default_backend`
 * in rule order, with their conditions; ACLs built on `nbsrv()` / `srv_is_up()` that watch other
 * backends, which turn a rule into a failover edge or drive a `monitor fail` health page.
 */
import type { AclTerm, BackendRuleStatement, Condition, SampleExpr, Statement, TextRange } from '@hacfg/syntax';
import type { Config } from './config.js';
import { effectiveProxy } from './effective-proxy.js';
import type { Proxy } from './types.js';

/** Fetches that read another backend's (or server's) health. */
export const WATCH_FETCHES: ReadonlySet<string> = new Set(['nbsrv', 'srv_is_up']);

/** A condition term that reads a backend's health. */
export interface Watch {
  readonly fetch: string;
  /** The watched backend (for `srv_is_up(b/s)`, the part before the slash). */
  readonly backend: string;
  readonly server: string | undefined;
  /** The ACL's name, undefined for an anonymous `{ nbsrv(b) lt 1 }`. */
  readonly acl: string | undefined;
  /** Written `!acl` in the condition using it. */
  readonly negated: boolean;
  /** Where the backend name is written (in the ACL line or the anonymous ACL). */
  readonly range: TextRange;
  /** The `acl` line, or the statement holding the anonymous ACL. */
  readonly statement: Statement;
  /** The ACL's criterion and patterns as written, e.g. `nbsrv(www) lt 1`. */
  readonly text: string;
}

export interface RouteEdge {
  readonly from: Proxy;
  readonly kind: 'use_backend' | 'default_backend';
  /** The backend name as written (a log-format string when dynamic). */
  readonly target: string;
  readonly backend: Proxy | undefined;
  /** `use_backend %[…]`: decided at run time. */
  readonly dynamic: boolean;
  readonly statement: BackendRuleStatement;
  readonly condition: Condition | undefined;
  /** `if …` / `unless …` as written, or undefined. */
  readonly conditionText: string | undefined;
  /** Position among the frontend's switching rules (default_backend last, as HAProxy evaluates it). */
  readonly order: number;
  readonly watches: readonly Watch[];
  /** A rule that fires on another backend's health: the path taken when that backend is down. */
  readonly failover: boolean;
}

export interface Monitor {
  readonly frontend: Proxy;
  readonly uri: string | undefined;
  readonly fails: readonly Statement[];
  /** What `monitor fail` conditions watch. */
  readonly watches: readonly Watch[];
}

export interface RoutingGraph {
  readonly frontends: readonly Proxy[];
  readonly backends: readonly Proxy[];
  readonly routes: readonly RouteEdge[];
  readonly monitors: readonly Monitor[];
  /** Every health-watching ACL or anonymous term in frontends, used or not. */
  readonly watches: readonly Watch[];
}

function watchOf(expr: SampleExpr | undefined, st: Statement, text: string, acl: string | undefined, negated: boolean, self: Proxy): Watch | undefined {
  if (!expr || expr.error || !WATCH_FETCHES.has(expr.fetch.name)) return undefined;
  const a0 = expr.fetch.args?.[0];
  let backend: string;
  let server: string | undefined;
  let range: TextRange;
  if (!a0 || a0.value === '') {
    if (expr.fetch.name !== 'nbsrv' || !self.isBackend || self.name === undefined) return undefined;
    backend = self.name;
    range = expr.fetch.nameRange;
  } else if (expr.fetch.name === 'srv_is_up') {
    const slash = a0.value.indexOf('/');
    backend = slash > 0 ? a0.value.slice(0, slash) : (self.name ?? '');
    server = slash > 0 ? a0.value.slice(slash + 1) : a0.value;
    range = slash > 0 ? { start: a0.range.start, end: a0.range.start + slash } : a0.range;
  } else {
    backend = a0.value;
    range = a0.range;
  }
  return { fetch: expr.fetch.name, backend, server, acl, negated, range, statement: st, text };
}

const NO_WATCHES: readonly Watch[] = [];

/** The watches a condition's terms read, through named ACLs of the proxy or anonymous ones. */
export function conditionWatches(p: Proxy, st: Statement, cond: Condition | undefined, source: string): readonly Watch[] {
  if (!cond) return NO_WATCHES;
  let out: Watch[] | undefined;
  for (const g of cond.groups) for (const t of g.terms) {
    const ws = termWatches(p, st, t, source);
    if (ws.length > 0) (out ??= []).push(...ws);
  }
  return out ?? NO_WATCHES;
}

function termWatches(p: Proxy, user: Statement, t: AclTerm, source: string): Watch[] {
  const out: Watch[] = [];
  const body = (st: Statement, crit: SampleExpr | undefined, start: number, end: number, acl: string | undefined): void => {
    // Most criteria read no health: only those that do pay for their text.
    if (!crit || !WATCH_FETCHES.has(crit.fetch.name)) return;
    const w = watchOf(crit, st, source.slice(start, end), acl, t.negated, p);
    if (w) out.push(w);
  };
  if (t.type === 'acl-ref') {
    for (const a of p.acls.get(t.name) ?? []) body(a, a.criterion, (a.criterionWord ?? a.range).start, a.range.end, t.name);
  } else if (t.acl.criterionWord) {
    const last = t.acl.patterns[t.acl.patterns.length - 1] ?? t.acl.flags[t.acl.flags.length - 1]?.arg ?? t.acl.criterionWord;
    body(user, t.acl.criterion, t.acl.criterionWord.start, last.end, undefined);
  }
  return out;
}

function condText(source: string, c: Condition | undefined): string | undefined {
  return c ? source.slice(c.range.start, c.range.end) : undefined;
}

export function routesOf(config: Config, fe: Proxy): RouteEdge[] {
  const source = fe.doc.text;
  const rules = fe.statements.filter((s): s is BackendRuleStatement => s.type === 'backend-rule' && (s.keyword === 'use_backend' || s.keyword === 'default_backend') && s.target !== undefined);
  // HAProxy runs every use_backend first, then falls back to the last default_backend.
  const uses = rules.filter((r) => r.keyword === 'use_backend');
  const def = rules.filter((r) => r.keyword === 'default_backend').pop();
  const ordered = def ? [...uses, def] : uses;
  return ordered.map((st, order) => {
    const target = st.target!.value;
    const watches = conditionWatches(fe, st, st.condition, source);
    return {
      from: fe,
      kind: st.keyword as RouteEdge['kind'],
      target,
      backend: st.dynamic ? undefined : config.backend(target),
      dynamic: st.dynamic,
      statement: st,
      condition: st.condition,
      conditionText: condText(source, st.condition),
      order,
      watches,
      failover: watches.some((w) => !w.negated && w.backend !== target),
    };
  });
}

const cache = new WeakMap<Config, RoutingGraph>();

export function routingGraph(config: Config): RoutingGraph {
  const hit = cache.get(config);
  if (hit) return hit;
  const frontends = config.realProxies.filter((p) => p.isFrontend);
  const backends = config.realProxies.filter((p) => p.isBackend);
  const routes: RouteEdge[] = [];
  const monitors: Monitor[] = [];
  const watches: Watch[] = [];
  for (const fe of frontends) {
    routes.push(...routesOf(config, fe));
    const source = fe.doc.text;
    for (const [name, list] of fe.acls) for (const a of list) {
      if (!a.criterion || !WATCH_FETCHES.has(a.criterion.fetch.name)) continue;
      const w = watchOf(a.criterion, a, source.slice((a.criterionWord ?? a.range).start, a.range.end), name, false, fe);
      if (w) watches.push(w);
    }
    const eff = effectiveProxy(fe);
    if (eff.monitorFail.length > 0 || (eff.monitorUri && eff.monitorUri.from === fe)) {
      const mw = eff.monitorFail.flatMap((m) => conditionWatches(fe, m, m.condition, source));
      monitors.push({ frontend: fe, uri: eff.monitorUri?.value, fails: eff.monitorFail, watches: mw });
    }
  }
  const graph = { frontends, backends, routes, monitors, watches };
  cache.set(config, graph);
  return graph;
}
