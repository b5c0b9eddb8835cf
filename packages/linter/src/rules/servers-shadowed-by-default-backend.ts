import type { Proxy } from '@hacfg/model';
import type { Statement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'servers-shadowed-by-default-backend',
  meta: {
    description: "Warn about proxies with their own servers and a 'default_backend', whose servers are then never used",
    severity: 'warning',
    category: 'reference',
    fixable: false,
    messages: {
      shadowed: "{{kind}} '{{name}}' has servers but also 'default_backend {{target}}', which always wins: its own servers are never used",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        if (!p.isFrontend || !p.statements.some((st) => st.type === 'server' && st.keyword !== 'default-server')) continue;
        // The last `default_backend` along the defaults chain, as HAProxy keeps it.
        let found: { st: Statement; from: Proxy } | undefined;
        for (let q: Proxy | undefined = p; q && !found; q = q.defaults) {
          const own = q.statements.filter((st) => st.type === 'backend-rule' && st.keyword === 'default_backend' && st.target);
          if (own.length > 0) found = { st: own[own.length - 1]!, from: q };
        }
        if (!found || found.st.type !== 'backend-rule') continue;
        const target = found.st.target!.value;
        // HAProxy refuses a default_backend naming the proxy itself (another rule's business).
        if (target === p.name) continue;
        const data = { kind: p.kind, name: p.name ?? '', target };
        if (found.from === p) ctx.report({ messageId: 'shadowed', data, range: found.st.range, doc: p.doc });
        else ctx.report({ messageId: 'shadowed', data, range: p.section.name ?? p.section.keywordWord, doc: p.doc, related: [{ message: 'default_backend set here', range: found.st.range, doc: found.from.doc }] });
      }
    },
  }),
});
