import { effectiveServers, routingGraph } from '@hacfg/model';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'single-server-no-backup',
  meta: {
    description: 'Warn about a backend whose only server is health-checked and has no backup, so one failed check cuts all traffic',
    severity: 'warning',
    category: 'suggestion',
    fixable: false,
    messages: {
      alone: "server '{{server}}' is the only server of {{proxy}} '{{backend}}' and is health-checked: when its checks fail, every request gets a 503; add a 'backup' server, a failover backend (nbsrv), or more servers",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      const graph = routingGraph(ctx.config);
      const failover = graph.routes.filter((r) => r.failover);
      // Watched primaries already have a way out, and a failover target is itself the way out.
      const failedOver = new Set([...failover.flatMap((r) => r.watches.map((w) => w.backend)), ...failover.map((r) => r.target)]);
      for (const p of ctx.config.realProxies) {
        if (!p.isBackend || p.name === undefined || failedOver.has(p.name)) continue;
        const servers = effectiveServers(p);
        if (servers.length !== 1) continue;
        const s = servers[0]!;
        if (!s.check || s.backup || s.statement.keyword === 'server-template') continue;
        ctx.report({ messageId: 'alone', data: { server: s.name, proxy: p.kind, backend: p.name }, range: s.nameRange, doc: p.doc });
      }
    },
  }),
});
