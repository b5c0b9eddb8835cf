import { action } from '@hacfg/catalog';
import type { SymbolKind } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { hint } from '../util/did-you-mean.js';
import { missingEmailAlertSettings } from '../util/email-alert.js';
import { lineOf } from '../util/ranges.js';

/**
 * What HAProxy resolves before `haproxy -c` ends. Log lines' rings, backends and profiles are
 * resolved only when it starts: log-fails-at-startup.
 */
const CHECKED: ReadonlySet<SymbolKind> = new Set(['table', 'userlist', 'peers', 'resolvers', 'cache', 'mailers', 'http-errors', 'fcgi-app', 'defaults', 'server', 'frontend']);

export default defineRule({
  id: 'undefined-reference',
  meta: {
    description: 'Disallow references to stick tables, userlists, peers, resolvers, caches, mailers, http-errors, fcgi-apps, named defaults, tracked servers and bandwidth-limit filters that are not defined',
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: {
      missing: "unable to find {{kind}} '{{name}}' referenced by '{{via}}'{{hint}}",
      server: "unable to find server '{{name}}' in backend '{{backend}}' referenced by '{{via}}'{{hint}}",
      bwlim: "unable to find bwlim filter '{{name}}' referenced by 'set-bandwidth-limit': declare 'filter bwlim-in {{name}}' or 'filter bwlim-out {{name}}' in {{proxy}}",
    },
  },
  create: (ctx) => ({
    rule(st, where) {
      const name = st.action?.value === 'set-bandwidth-limit' && action(st.ruleset, 'set-bandwidth-limit', ctx.version) ? st.actionArgs[0] : undefined;
      if (!name?.plain || !where.proxy || where.proxy.kind === 'defaults') return;
      // check_bwlim_action() (2.7 … 3.4) keeps the last bwlim filter it saw when none has the name, so
      // it refuses the rule only in a proxy without any bwlim filter.
      if (where.proxy.statements.some((s) => s.keyword === 'filter' && /^bwlim-(in|out)$/.test(s.args[0]?.value ?? ''))) return;
      ctx.report({ messageId: 'bwlim', data: { name: name.value, proxy: `${where.proxy.kind} '${where.proxy.name ?? ''}'` }, range: name });
    },
    'config:exit'() {
      const cfg = ctx.config;
      for (const r of cfg.references) {
        if (!CHECKED.has(r.kind)) continue;
        if (r.kind !== 'defaults' && r.in.keyword === 'defaults' && !cfg.resolvedInDefaults(r)) continue;
        if (r.kind === 'server') {
          const backendName = r.backend ?? r.in.name;
          if (backendName === undefined) continue;
          const be = cfg.backend(backendName);
          if (!be || be.servers.has(r.name)) continue;
          ctx.report({ messageId: 'server', data: { name: r.name, backend: backendName, via: r.via, hint: hint(r.name, be.servers.keys()) }, range: r.range, doc: r.doc });
          continue;
        }
        if (r.kind === 'defaults') {
          // `from` only sees the defaults sections HAProxy has read so far.
          const all = cfg.lookup('defaults', r.name);
          if (all.some((d) => d.index < r.in.index)) continue;
          const later = all[0];
          const where = later ? ` (it is declared later, at line ${lineOf(later.doc, later.section.header.start)}: HAProxy reads a defaults section before the proxies using it)` : '';
          ctx.report({ messageId: 'missing', data: { kind: 'defaults', name: r.name, via: r.via, hint: later ? where : hint(r.name, [...(cfg.symbols.get('defaults')?.keys() ?? [])]) }, range: r.range, doc: r.doc });
          continue;
        }
        if (cfg.resolves(r.kind, r.name)) continue;
        // HAProxy ignores incomplete email alert settings before it looks their mailers up.
        if (r.kind === 'mailers' && r.via === 'email-alert mailers') {
          const p = cfg.proxyOf(r.in.section);
          if (p && missingEmailAlertSettings(p).length > 0) continue;
        }
        const names = r.kind === 'table' ? cfg.realProxies.map((p) => p.name ?? '') : [...(cfg.symbols.get(r.kind)?.keys() ?? [])];
        ctx.report({ messageId: 'missing', data: { kind: r.kind === 'table' ? 'table' : r.kind, name: r.name, via: r.via, hint: hint(r.name, names) }, range: r.range, doc: r.doc });
      }
    },
  }),
});
