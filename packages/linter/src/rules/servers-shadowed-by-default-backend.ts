import { defineRule } from '../define-rule.js';
import { lastAlongChain, reportSetting } from '../util/inherited.js';

export default defineRule({
  id: 'servers-shadowed-by-default-backend',
  meta: {
    description: "Warn about proxies with their own servers and a 'default_backend', whose servers are then never used",
    severity: 'warning',
    category: 'reference',
    fixable: false,
    haproxyWarning: true,
    messages: {
      shadowed: "{{kind}} '{{name}}' has servers but also 'default_backend {{target}}', which always wins: its own servers are never used",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        if (!p.isFrontend || !p.statements.some((st) => st.type === 'server' && st.keyword !== 'default-server')) continue;
        const found = lastAlongChain(p, (st) => st.type === 'backend-rule' && st.keyword === 'default_backend' && st.target !== undefined);
        if (!found || found.statement.type !== 'backend-rule') continue;
        const target = found.statement.target!.value;
        // HAProxy refuses a default_backend naming the proxy itself (another rule's business).
        if (target === p.name) continue;
        const data = { kind: p.kind, name: p.name ?? '', target };
        reportSetting(ctx, p, found, 'shadowed', data, 'default_backend set here');
      }
    },
  }),
});
