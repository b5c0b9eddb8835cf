import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'missing-http-request-timeout',
  meta: {
    description: "Warn about HTTP frontends without 'timeout http-request', which leaves slow-header (slowloris) clients up to 'timeout client'",
    severity: 'warning',
    category: 'security',
    fixable: false,
    messages: { missing: "{{kind}} '{{name}}' has no 'timeout http-request': a client may take up to 'timeout client' to send its headers" },
  },
  create: (ctx) => ({
    section(node) {
      const p = ctx.config.proxyOf(node.section);
      if (!p || p.kind === 'defaults' || !p.isFrontend || p.mode !== 'http') return;
      if (p.timeouts.has('http-request')) return;
      ctx.report({ messageId: 'missing', data: { kind: p.kind, name: p.name ?? '' }, range: node.section.name ?? node.section.keywordWord });
    },
  }),
});
