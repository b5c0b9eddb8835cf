/** Collects every reference to a named thing (backends, tables, userlists, …) and every ACL use. */
import { actionName, fetchesNaming, type HaproxyVersion, type NamedArg } from '@hacfg/catalog';
import type { SampleCall, Statement, TextRange, Word } from '@hacfg/syntax';
import type { Config } from './config.js';
import { logLineNames } from './log-line.js';
import { conditionOf, readsEmptyArg, samplesOf } from './samples.js';
import type { Reference, SectionNode, SymbolKind } from './types.js';

export interface AclUse {
  readonly name: string;
  readonly range: TextRange;
  readonly statement: Statement;
  readonly in: SectionNode;
  readonly negated: boolean;
}

/** Fetches naming a backend, frontend, server, userlist or table, from HAProxy's registrations. */
const BACKEND_ARG = fetchesNaming('be');
const FRONTEND_ARG = fetchesNaming('fe');
const SERVER_ARG = fetchesNaming('srv');
const USERLIST_ARG = fetchesNaming('usr');
const TABLE_ARG = fetchesNaming('tab');

const NO_EXTRA = {};

export function collectReferences(config: Config): { references: Reference[]; aclUses: AclUse[] } {
  const references: Reference[] = [];
  const aclUses: AclUse[] = [];
  for (const node of config.sections) {
    const doc = node.doc;
    // One object shape for every reference (absent fields undefined): objects built by spreading
    // optional parts took a shape per combination, on the hottest path of large files.
    const add = (kind: SymbolKind, name: string, range: TextRange, via: string, statement: Statement | undefined, extra: { backend?: string; word?: Word; self?: boolean; empty?: boolean } = NO_EXTRA): void => {
      if ((name === '' && !extra.empty) || name.includes('%[') || (name.includes('$') && /\$\{?[A-Za-z_]/.test(name))) return;
      // Defaults sections are templates: HAProxy resolves what they name in the proxies using them,
      // except in their rules and ACLs (named defaults, 2.5+), which it checks in the defaults
      // section itself once a proxy uses it (check_config_validity(): check_action_rules() and
      // smp_resolve_args() on the defaults proxy); a cache is only looked up by the proxies. Its
      // `default-server` values, `errorfiles` and `default_backend` where Config.resolvedInDefaults says.
      if (node.keyword === 'defaults' && via !== 'from' && !extra.self && !(statement && (statement.type === 'rule' || statement.type === 'acl' || statement.keyword === 'default-server' || statement.keyword === 'errorfiles' || statement.keyword === 'default_backend') && kind !== 'cache')) return;
      references.push({ kind, name, range, doc, statement, in: node, via, backend: extra.backend, word: extra.word });
    };
    if (node.section.from) add('defaults', node.section.from.value, node.section.from, 'from', undefined, { word: node.section.from });
    const sample = (call: SampleCall, st: Statement): void => {
      const at = (m: ReadonlyMap<string, NamedArg>) => {
        const i = m.get(call.name)?.index;
        return i === undefined ? undefined : call.args?.[i];
      };
      const be = at(BACKEND_ARG);
      if (be) add('backend', be.value, be.range, call.name, st);
      const srv = at(SERVER_ARG);
      if (srv) {
        const slash = srv.value.indexOf('/');
        if (slash > 0) {
          add('backend', srv.value.slice(0, slash), { start: srv.range.start, end: srv.range.start + slash }, call.name, st);
          add('server', srv.value.slice(slash + 1), { start: srv.range.start + slash + 1, end: srv.range.end }, call.name, st, { backend: srv.value.slice(0, slash) });
        }
        // A bare server name is looked up in the proxy's own servers.
        else if (slash < 0 && (node.keyword === 'backend' || node.keyword === 'listen') && node.name !== undefined) add('server', srv.value, srv.range, call.name, st, { backend: node.name });
      }
      const usr = at(USERLIST_ARG);
      if (usr) add('userlist', usr.value, usr.range, call.name, st);
      const fe = at(FRONTEND_ARG);
      if (fe) add('frontend', fe.value, fe.range, call.name, st);
      const table = TABLE_ARG.get(call.name);
      if (!table) return;
      const t = call.args?.[table.index];
      if (t && t.value !== '') add('table', t.value, t.range, call.name, st);
      // A table argument left out (or empty) names the proxy's own table (sample fetches of defaults sections are resolved per proxy).
      else if (node.keyword !== 'defaults' && node.name !== undefined && readsEmptyArg(call, table.index, table.min)) add('table', node.name, call.nameRange, call.name, st, { self: true });
    };
    // Each `default_backend` line replaces the one before: HAProxy only ever looks the last one up.
    let lastDefault: Statement | undefined;
    for (const st of node.statements) if (st.keyword === 'default_backend') lastDefault = st;
    for (const st of node.statements) {
      if (st.type === 'backend-rule' && st.target && !st.dynamic) {
        if (st.keyword === 'use_backend' || (st.keyword === 'default_backend' && st === lastDefault)) add('backend', st.target.value, st.target, st.keyword, st, { word: st.target });
        if (st.keyword === 'use-server' && node.name !== undefined) add('server', st.target.value, st.target, st.keyword, st, { backend: node.name, word: st.target });
      }
      for (const expr of samplesOf(st, doc.text, config.version)) {
        if (expr.error) continue;
        sample(expr.fetch, st);
        for (const c of expr.converters) if (c.name === 'table_lookup' || c.name.startsWith('table_')) {
          const a = c.args?.[0];
          if (a) add('table', a.value, a.range, c.name, st);
        }
      }
      const cond = conditionOf(st);
      if (cond) for (const g of cond.groups) for (const t of g.terms) if (t.type === 'acl-ref') aclUses.push({ name: t.name, range: t.nameRange, statement: st, in: node, negated: t.negated });
      wordReferences(st, (kind, w, via, extra = {}) => {
        if (extra.self) {
          if (node.name !== undefined) add(kind, node.name, w, via, st, { word: w, self: true });
          return;
        }
        if (extra.empty) {
          add(kind, '', w, via, st, { word: w, empty: true });
          return;
        }
        if (extra.take !== undefined) {
          const from = extra.skip ?? 0;
          add(kind, w.value.slice(from, from + extra.take), w.plain ? { start: w.start + from, end: w.start + from + extra.take } : w, via, st, { word: w });
          return;
        }
        const skip = extra.skip ?? 0;
        const range = skip > 0 && w.plain ? { start: w.start + skip, end: w.end } : w;
        add(kind, w.value.slice(skip), range, via, st, { ...(extra.backend !== undefined ? { backend: extra.backend } : {}), word: w });
      }, node.keyword !== 'frontend', config.version);
    }
  }
  return { references, aclUses };
}

/** `skip`: characters of the word before the name (`ring@`); `take`: the name's length from there (`b` of `b/s`). */
type AddWord = (kind: SymbolKind, w: Word, via: string, extra?: { backend?: string; skip?: number; take?: number; self?: boolean; empty?: boolean }) => void;

/** `keyword … NAME` references that sit in plain words. */
function wordReferences(st: Statement, add: AddWord, backendSide: boolean, version: HaproxyVersion): void {
  const args = st.args;
  const after = (key: string, list: readonly Word[] = args): Word | undefined => {
    const i = list.findIndex((w) => w.value === key);
    return i >= 0 ? list[i + 1] : undefined;
  };
  if (st.type === 'server') {
    for (const p of st.params) {
      // A server's `resolvers` with no value (or an empty one) still looks up resolvers '', which never exists.
      if (p.name.value === 'resolvers' && (!p.value || (p.value.value === '' && !p.value.plain))) {
        add('resolvers', p.value ?? p.name, 'resolvers', { empty: true });
        continue;
      }
      if (!p.value) continue;
      if (p.name.value === 'track') {
        const v = p.value.value;
        const slash = v.indexOf('/');
        if (slash > 0) {
          // HAProxy first looks the proxy up ("unable to find required proxy … for tracking").
          add('backend', p.value, 'track', { take: slash });
          add('server', p.value, 'track', { backend: v.slice(0, slash), skip: slash + 1 });
        }
        else add('server', p.value, 'track');
      } else if (p.name.value === 'resolvers') add('resolvers', p.value, 'resolvers');
    }
    return;
  }
  if (st.type === 'rule' && st.action) {
    const a = st.action.value;
    if (actionName(a) === 'track-sc' || a.startsWith('sc-')) {
      const t = after('table', st.actionArgs);
      if (t) add('table', t, a);
      // Without `table`, tracking uses the proxy's own stick table.
      else if (actionName(a) === 'track-sc') add('table', st.action, a, { self: true });
    }
    if ((a === 'cache-use' || a === 'cache-store') && st.actionArgs[0]) add('cache', st.actionArgs[0], a);
    // `do-resolve(<var>,<resolvers>[,ipv4|ipv6])`: HAProxy looks the section up when it checks the proxy.
    const resolvers = /^do-resolve\([^,)]*,([^,)]+)/.exec(a);
    if (resolvers && !a.includes('$')) add('resolvers', st.action, 'do-resolve', { skip: resolvers[0].length - resolvers[1]!.length, take: resolvers[1]!.length });
    return;
  }
  switch (st.keyword) {
    case 'stick-table': {
      const p = after('peers');
      if (p) add('peers', p, 'stick-table');
      return;
    }
    case 'stick': {
      const t = after('table');
      if (t) add('table', t, 'stick');
      // Without `table`, the proxy's own stick table ("unable to find stick-table").
      else if (backendSide) add('table', st.keywordWord, 'stick', { self: true });
      return;
    }
    case 'filter':
      if (args[0]?.value === 'cache' && args[1]) add('cache', args[1], 'filter cache');
      return;
    case 'email-alert':
      if (args[0]?.value === 'mailers' && args[1]) add('mailers', args[1], 'email-alert mailers');
      return;
    case 'httpclient.resolvers.id':
      // Named explicitly, the section must exist (the HTTP client's own do-resolve rule).
      if (args[0]) add('resolvers', args[0], 'httpclient.resolvers.id');
      return;
    case 'errorfiles':
      if (args[0]) add('http-errors', args[0], 'errorfiles');
      return;
    case 'use-fcgi-app':
      if (args[0]) add('fcgi-app', args[0], 'use-fcgi-app');
      return;
    case 'log':
      for (const n of logLineNames(args, version)) add(n.kind, n.word, n.kind === 'log-profile' ? 'log … profile' : 'log', { skip: n.skip });
      return;
    default:
  }
}
