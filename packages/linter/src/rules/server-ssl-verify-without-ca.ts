import { effectiveServers } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { paramRange } from '../util/setups.js';

export default defineRule({
  id: 'server-ssl-verify-without-ca',
  meta: {
    description: "Disallow TLS to servers (ssl, check-ssl) that verify certificates, as HAProxy does by default, without a 'ca-file'",
    severity: 'error',
    category: 'security',
    fixable: false,
    messages: {
      noCa: "server '{{server}}' uses TLS ({{what}}) and verifies the server's certificate, as HAProxy does by default, but has no 'ca-file': HAProxy refuses to start; add 'ca-file', or 'verify none' if you accept unauthenticated servers",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      // `ssl-server-verify none` in the global section turns the default off.
      const verifyOff = ctx.config.globalLines('ssl-server-verify').some((l) => l.statement.args[0]?.value === 'none');
      for (const p of ctx.config.realProxies) {
        if (!p.isBackend) continue;
        for (const s of effectiveServers(p)) {
          const what = s.params.has('ssl') ? 'ssl' : s.params.has('check-ssl') ? 'check-ssl' : undefined;
          if (!what || s.params.has('ca-file')) continue;
          const verify = s.params.get('verify')?.param.value?.value;
          if (verify === 'none' || (verify === undefined && verifyOff) || verify?.includes('$')) continue;
          ctx.report({ messageId: 'noCa', data: { server: s.name, what: `'${what}'` }, ...paramRange(s, what) });
        }
      }
    },
  }),
});
