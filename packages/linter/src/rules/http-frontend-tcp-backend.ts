import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'http-frontend-tcp-backend',
  meta: {
    description: 'Disallow an HTTP frontend switching to a TCP backend',
    severity: 'error',
    category: 'mode',
    fixable: false,
    messages: { mismatch: "http {{fkind}} '{{frontend}}' tries to use incompatible tcp {{bkind}} '{{backend}}' (see 'mode')" },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const r of ctx.config.references) {
        if (r.kind !== 'backend' || (r.via !== 'use_backend' && r.via !== 'default_backend')) continue;
        const fe = ctx.config.proxyOf(r.in.section);
        const be = ctx.config.backend(r.name);
        if (!fe || !be || fe === be || fe.mode !== 'http' || be.mode !== 'tcp') continue;
        ctx.report({ messageId: 'mismatch', data: { fkind: fe.kind, frontend: fe.name ?? '', bkind: be.kind, backend: be.name ?? '' }, range: r.range, doc: r.doc, related: [{ message: 'backend defined here', range: be.section.name ?? be.section.keywordWord, doc: be.doc }] });
      }
    },
  }),
});
