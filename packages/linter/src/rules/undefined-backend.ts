import { defineRule } from '../define-rule.js';
import { hint } from '../util/did-you-mean.js';

export default defineRule({
  id: 'undefined-backend',
  meta: {
    description: 'Disallow references to backends that are not defined (use_backend, default_backend, nbsrv(), be_* and srv_* fetches)',
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: { missing: "unable to find backend '{{name}}' required by '{{via}}'{{hint}}" },
  },
  create: (ctx) => ({
    'config:exit'() {
      const names = ctx.config.proxies.filter((p) => p.isBackend && p.name !== undefined).map((p) => p.name!);
      for (const r of ctx.config.references) {
        // A log line's `backend@NAME` is resolved only when HAProxy starts: log-fails-at-startup.
        if (r.kind !== 'backend' || r.via === 'log' || ctx.config.resolves('backend', r.name)) continue;
        if (r.in.keyword === 'defaults' && !ctx.config.resolvedInDefaults(r)) continue;
        ctx.report({ messageId: 'missing', data: { name: r.name, via: r.via, hint: hint(r.name, names) }, range: r.range, doc: r.doc });
      }
    },
  }),
});
