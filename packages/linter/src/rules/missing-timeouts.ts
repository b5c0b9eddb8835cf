import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'missing-timeouts',
  meta: {
    description: "Require 'timeout client', 'timeout connect' and 'timeout server' on every proxy, as HAProxy warns",
    severity: 'warning',
    category: 'suggestion',
    fixable: false,
    messages: { missing: "missing timeouts for {{kind}} '{{name}}': set {{list}} (here or in a defaults section)" },
  },
  create: (ctx) => ({
    section(node) {
      const p = ctx.config.proxyOf(node.section);
      if (!p || p.kind === 'defaults' || (p.mode !== 'http' && p.mode !== 'tcp')) return;
      const need = [...(p.isFrontend ? ['client'] : []), ...(p.isBackend ? ['connect', 'server'] : [])];
      const zero = (v: string | undefined): boolean => v === undefined || /^0+(?:[a-z]*)$/.test(v);
      const missing = need.filter((n) => zero(p.timeouts.get(n)?.value));
      if (missing.length === 0) return;
      ctx.report({ messageId: 'missing', data: { kind: p.kind, name: p.name ?? '', list: missing.map((m) => `'timeout ${m}'`).join(', ') }, range: node.section.name ?? node.section.keywordWord });
    },
  }),
});
