import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'keyword-out-of-section',
  meta: {
    description: 'Disallow keywords before the first section header',
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: { outside: "unknown keyword '{{name}}' out of section: every line must follow a section header such as 'global' or 'defaults'" },
  },
  create: (ctx) => ({
    statement(st, where) {
      if (where.node !== undefined || st.type === 'conditional' || st.type === 'message') return;
      ctx.report({ messageId: 'outside', data: { name: st.keyword }, range: st.keywordWord });
    },
  }),
});
