import { routingGraph } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { hint } from '../util/did-you-mean.js';

export default defineRule({
  id: 'monitor-missing-backend',
  meta: {
    description: "Disallow a monitor frontend whose 'monitor fail' condition watches a backend that does not exist",
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: { missing: "monitor frontend '{{frontend}}' reports the health of backend '{{backend}}' through {{fetch}}(), but no such backend exists{{hint}}" },
  },
  create: (ctx) => ({
    'config:exit'() {
      const names = ctx.config.realProxies.filter((p) => p.isBackend && p.name !== undefined).map((p) => p.name!);
      for (const m of routingGraph(ctx.config).monitors) {
        for (const w of m.watches) {
          if (ctx.config.backend(w.backend)) continue;
          ctx.report({ messageId: 'missing', data: { frontend: m.frontend.name ?? '', backend: w.backend, fetch: w.fetch, hint: hint(w.backend, names) }, range: w.range, doc: m.frontend.doc });
        }
      }
    },
  }),
});
