import { PROXY_MODES } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'http-frontend-tcp-backend',
  meta: {
    description: "Disallow switching to a backend of an incompatible mode: an HTTP frontend to a TCP backend, any frontend to a log backend ('mode log', 2.9+) or an SPOE backend ('mode spop', 3.1+)",
    severity: 'error',
    category: 'mode',
    fixable: false,
    messages: { mismatch: "{{fmode}} {{fkind}} '{{frontend}}' tries to use incompatible {{bmode}} {{bkind}} '{{backend}}' (see 'mode')" },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const r of ctx.config.references) {
        if (r.kind !== 'backend' || (r.via !== 'use_backend' && r.via !== 'default_backend')) continue;
        const fe = ctx.config.proxyOf(r.in.section);
        const be = ctx.config.backend(r.name);
        if (!fe || !be || fe === be || fe.mode === be.mode || !PROXY_MODES.has(fe.mode) || !PROXY_MODES.has(be.mode)) continue;
        // As check_config_validity(): modes must match, except that a TCP frontend may hand over to
        // an HTTP backend (the stream upgrades). Log and spop backends only take what HAProxy sends them.
        if (fe.mode === 'tcp' && be.mode === 'http') continue;
        ctx.report({ messageId: 'mismatch', data: { fmode: fe.mode, fkind: fe.kind, frontend: fe.name ?? '', bmode: be.mode, bkind: be.kind, backend: be.name ?? '' }, range: r.range, doc: r.doc, related: [{ message: 'backend defined here', range: be.section.name ?? be.section.keywordWord, doc: be.doc }] });
      }
    },
  }),
});
