import { defineRule } from '../define-rule.js';

/** Parameters that give a bind its certificates. */
const CERT_PARAMS = new Set(['crt', 'crt-list', 'default-crt']);

export default defineRule({
  id: 'ssl-bind-without-certificate',
  meta: {
    description: "Disallow 'ssl' on a bind that names no certificate ('crt' or 'crt-list')",
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: {
      noCert: "no SSL certificate specified for 'bind {{address}}': HAProxy refuses to start; add 'crt <file>' or 'crt-list <file>'",
    },
  },
  create: (ctx) => ({
    bind(st) {
      const names = new Set(st.params.map((p) => p.name.value));
      if (!names.has('ssl') || [...CERT_PARAMS].some((n) => names.has(n))) return;
      // With strict-sni (and no generated certificates) HAProxy only warns that TLS connections will fail.
      if (names.has('strict-sni') && !names.has('generate-certificates')) return;
      const ssl = st.params.find((p) => p.name.value === 'ssl')!;
      ctx.report({ messageId: 'noCert', data: { address: st.args[0]?.value ?? '' }, range: ssl.name });
    },
  }),
});
