import { effectiveProxy } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { TLS_PORTS } from '../util/setups.js';

export default defineRule({
  id: 'http-check-on-tls-port',
  meta: {
    description: "Warn about HTTP health checks sent in clear text to a server's TLS port",
    severity: 'warning',
    category: 'suggestion',
    fixable: false,
    messages: {
      clear: "'option httpchk' sends a plain HTTP request to TLS port {{port}} of server '{{server}}': the check fails and the server is marked DOWN; add 'check-ssl' (and 'check-sni'), or check the handshake only with 'option ssl-hello-chk'",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        if (!p.isBackend) continue;
        const eff = effectiveProxy(p);
        if (eff.checkOption?.statement.name?.value !== 'httpchk') continue;
        for (const s of eff.servers) {
          if (!s.check || s.checkSsl || s.checkPort === undefined || !TLS_PORTS.has(s.checkPort)) continue;
          ctx.report({ messageId: 'clear', data: { port: s.checkPort, server: s.name }, range: s.nameRange, doc: p.doc });
        }
      }
    },
  }),
});
