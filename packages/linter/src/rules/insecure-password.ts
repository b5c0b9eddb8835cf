import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'insecure-password',
  meta: {
    description: "Warn about userlist users with 'insecure-password' (stored in clear text in the configuration)",
    severity: 'warning',
    category: 'security',
    fixable: false,
    messages: { clear: "user '{{user}}' has a clear-text password: use 'password' with a crypt(3) hash (e.g. mkpasswd -m sha-512)" },
  },
  create: (ctx) => ({
    statement(st, where) {
      if (where.node?.keyword !== 'userlist' || st.keyword !== 'user') return;
      const i = st.args.findIndex((w) => w.value === 'insecure-password');
      if (i < 0) return;
      ctx.report({ messageId: 'clear', data: { user: st.args[0]?.value ?? '' }, range: st.args[i]! });
    },
  }),
});
