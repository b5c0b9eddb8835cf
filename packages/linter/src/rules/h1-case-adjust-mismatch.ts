import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'h1-case-adjust-mismatch',
  meta: {
    description: "Disallow 'h1-case-adjust' pairs whose two names differ in more than letter case",
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      mismatch: "'h1-case-adjust' only changes letter case: '{{to}}' is not '{{from}}' written differently",
    },
  },
  create: (ctx) => ({
    'keyword:h1-case-adjust'(st, where) {
      if (st.modifier !== undefined || where.node?.keyword !== 'global') return;
      const [from, to] = st.args;
      // mux_h1.c compares the two names with strcasecmp(), which folds ASCII letters only.
      const fold = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
      if (from && to && to.value !== '' && !from.value.includes('$') && !to.value.includes('$') && fold(from.value) !== fold(to.value)) {
        ctx.report({ messageId: 'mismatch', data: { from: from.value, to: to.value }, range: to });
      }
    },
  }),
});
