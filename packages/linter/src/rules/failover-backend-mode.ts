import { routingGraph } from '@hacfg/model';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'failover-backend-mode',
  meta: {
    description: 'Warn about a failover backend in another mode than the backend it replaces',
    severity: 'warning',
    category: 'mode',
    fixable: false,
    messages: { mode: "failover backend '{{target}}' is in mode {{tmode}} but the backend it replaces, '{{watched}}', is in mode {{wmode}}: clients get different behaviour (or none) when the failover happens" },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const r of routingGraph(ctx.config).routes) {
        if (!r.failover || !r.backend) continue;
        for (const w of r.watches) {
          const watched = ctx.config.backend(w.backend);
          if (w.negated || !watched || watched === r.backend || watched.mode === r.backend.mode) continue;
          ctx.report({
            messageId: 'mode',
            data: { target: r.target, tmode: r.backend.mode, watched: w.backend, wmode: watched.mode },
            range: r.statement.target!,
            doc: r.from.doc,
            related: [{ message: `'${w.backend}' defined here`, range: watched.section.name ?? watched.section.keywordWord, doc: watched.doc }],
          });
          break;
        }
      }
    },
  }),
});
