import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'resolvers-without-nameserver',
  meta: {
    description: "Warn about resolvers sections with no 'nameserver' line and no 'parse-resolv-conf', which resolve nothing",
    severity: 'warning',
    category: 'reference',
    fixable: false,
    haproxyWarning: true,
    messages: { none: "resolvers '{{name}}' has no 'nameserver' line (nor 'parse-resolv-conf'): the servers using it are never re-resolved" },
  },
  create: (ctx) => ({
    section(node) {
      if (node.keyword !== 'resolvers' || node.name === undefined) return;
      if (node.statements.some((st) => (st.keyword === 'nameserver' || st.keyword === 'parse-resolv-conf') && st.modifier === undefined)) return;
      ctx.report({ messageId: 'none', data: { name: node.name }, range: node.section.name! });
    },
  }),
});
