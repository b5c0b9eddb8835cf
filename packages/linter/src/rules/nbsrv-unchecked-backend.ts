import { effectiveServers, routingGraph, type Watch } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { isChecked } from '../util/setups.js';

export default defineRule({
  id: 'nbsrv-unchecked-backend',
  meta: {
    description: 'Warn about nbsrv()/srv_is_up() watching a backend whose servers are not health-checked, so the value never drops',
    severity: 'warning',
    category: 'reference',
    fixable: false,
    messages: {
      failover: "{{fetch}}({{backend}}) never drops: no server of backend '{{backend}}' has 'check', so the failover to '{{target}}' never happens",
      monitor: "{{fetch}}({{backend}}) never drops: no server of backend '{{backend}}' has 'check', so the monitor never reports failure",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      const g = routingGraph(ctx.config);
      const seen = new Set<string>();
      const check = (w: Watch, id: 'failover' | 'monitor', fe: { doc: import('@hacfg/syntax').Document }, target = ''): void => {
        const be = ctx.config.backend(w.backend);
        if (!be) return;
        const servers = effectiveServers(be);
        const watched = w.server !== undefined ? servers.filter((s) => s.name === w.server) : servers;
        if (watched.length === 0 || watched.some(isChecked)) return;
        const key = `${w.range.start}:${w.range.end}`;
        if (seen.has(key)) return;
        seen.add(key);
        ctx.report({ messageId: id, data: { fetch: w.fetch, backend: w.backend, target }, range: w.range, doc: fe.doc });
      };
      for (const r of g.routes) if (r.failover) for (const w of r.watches) if (!w.negated) check(w, 'failover', r.from, r.target);
      for (const m of g.monitors) for (const w of m.watches) check(w, 'monitor', m.frontend);
    },
  }),
});
