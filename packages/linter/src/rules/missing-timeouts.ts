import type { TimeoutStatement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'missing-timeouts',
  meta: {
    description: "Require 'timeout client' on frontends and 'timeout connect' and 'timeout server' on backends with servers, as HAProxy warns",
    severity: 'warning',
    category: 'suggestion',
    fixable: false,
    haproxyWarning: true,
    messages: {
      missing: "missing timeouts for {{kind}} '{{name}}': set {{list}} (here or in a defaults section)",
      ring: "missing timeouts for ring '{{name}}', which forwards to servers: set {{list}} in the ring section",
    },
  },
  create: (ctx) => ({
    section(node) {
      const zero = (v: string | undefined): boolean => v === undefined || /^0+(?:[a-z]*)$/.test(v);
      if (node.keyword === 'ring') {
        // A ring that forwards to servers is a backend of its own for HAProxy, with its own timeouts.
        if (!node.statements.some((st) => st.type === 'server' && st.keyword === 'server')) return;
        const own = (n: string): string | undefined => node.statements.findLast((st): st is TimeoutStatement => st.type === 'timeout' && st.name?.value === n && st.modifier === undefined)?.value?.value;
        const missing = ['connect', 'server'].filter((n) => zero(own(n)));
        if (missing.length > 0) ctx.report({ messageId: 'ring', data: { name: node.name ?? '', list: missing.map((m) => `'timeout ${m}'`).join(', ') }, range: node.section.name ?? node.section.keywordWord });
        return;
      }
      const p = ctx.config.proxyOf(node.section);
      if (!p || p.kind === 'defaults' || (p.mode !== 'http' && p.mode !== 'tcp')) return;
      const unset = (n: string): boolean => zero(p.timeouts.get(n)?.value);
      // As HAProxy checks it: backends only when they have servers, and in tcp mode
      // `timeout tunnel` stands in for `timeout server`.
      const servers = p.isBackend && p.statements.some((st) => st.type === 'server' && st.keyword !== 'default-server');
      const missing: string[] = [];
      if (p.isFrontend && unset('client')) missing.push('client');
      if (servers && unset('connect')) missing.push('connect');
      if (servers && unset('server') && (p.mode === 'http' || unset('tunnel'))) missing.push('server');
      if (missing.length === 0) return;
      ctx.report({ messageId: 'missing', data: { kind: p.kind, name: p.name ?? '', list: missing.map((m) => `'timeout ${m}'`).join(', ') }, range: node.section.name ?? node.section.keywordWord });
    },
  }),
});
