import { effectiveServers } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { isChecked } from '../util/setups.js';

export default defineRule({
  id: 'server-without-check',
  meta: {
    description: 'Warn about servers of a multi-server backend that are not health-checked',
    severity: 'warning',
    category: 'suggestion',
    fixable: false,
    messages: { unchecked: "server '{{server}}' has no 'check': when it dies, {{proxy}} '{{backend}}' keeps sending it a share of the traffic" },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        if (!p.isBackend) continue;
        const servers = effectiveServers(p);
        if (servers.length < 2) continue;
        for (const s of servers) if (!isChecked(s)) ctx.report({ messageId: 'unchecked', data: { server: s.name, proxy: p.kind, backend: p.name ?? '' }, range: s.nameRange, doc: p.doc });
      }
    },
  }),
});
