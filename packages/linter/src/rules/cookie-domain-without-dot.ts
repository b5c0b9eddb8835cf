import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'cookie-domain-without-dot',
  meta: {
    description: "Warn about 'cookie … domain' values without a dot, which browsers ignore",
    severity: 'warning',
    category: 'suggestion',
    fixable: false,
    haproxyWarning: true,
    messages: {
      noDot: "cookie domain '{{domain}}' has no embedded dot: browsers ignore such a Domain attribute (RFC 6265, 5.2.3), so persistence may not work across the hosts you meant",
    },
  },
  create: (ctx) => ({
    cookie(st) {
      if (st.modifier !== undefined) return;
      const args = st.cookieArgs;
      for (let i = 0; i < args.length - 1; i++) {
        if (args[i]!.value !== 'domain') continue;
        const d = args[i + 1]!;
        // An environment variable may hold a dotted name.
        if (!d.value.includes('.') && !d.value.includes('$')) ctx.report({ messageId: 'noDot', data: { domain: d.value }, range: d });
        i++;
      }
    },
  }),
});
