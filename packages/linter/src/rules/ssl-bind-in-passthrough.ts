import { effectiveServers, routesOf, samplesOf, type Proxy } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { TLS_PORTS } from '../util/setups.js';

const SNI = new Set(['req.ssl_sni', 'req_ssl_sni']);

export default defineRule({
  id: 'ssl-bind-in-passthrough',
  meta: {
    description: "Warn about 'ssl crt' on the bind of a TCP frontend that looks like TLS passthrough: it terminates TLS instead",
    severity: 'warning',
    category: 'mode',
    fixable: false,
    messages: {
      termination: "'ssl' on this bind terminates TLS: server '{{server}}' of backend '{{backend}}' listens on TLS port {{port}} but receives decrypted traffic; that is termination, not passthrough: remove 'ssl crt …' to pass TLS through, or add 'ssl' to the server to re-encrypt",
      sni: "'ssl' on this bind terminates TLS, so '{{fetch}}' never sees a ClientHello: that is termination, not passthrough: remove 'ssl crt …' to route on SNI while passing TLS through, or use 'ssl_fc_sni'",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const fe of ctx.config.realProxies) {
        if (!fe.isFrontend || fe.mode !== 'tcp') continue;
        const sslBinds = fe.statements.flatMap((st) => (st.type === 'bind' ? st.params.filter((pr) => pr.name.value === 'ssl') : []));
        if (sslBinds.length === 0) continue;
        const sni = fe.statements.flatMap((st) => samplesOf(st, fe.doc.text, ctx.version)).find((e) => SNI.has(e.fetch.name));
        let finding: { id: 'termination' | 'sni'; data: Record<string, string | number> } | undefined;
        if (sni) finding = { id: 'sni', data: { fetch: sni.fetch.name } };
        else {
          const targets = new Set<Proxy>(routesOf(ctx.config, fe).flatMap((r) => (r.backend ? [r.backend] : [])));
          if (fe.isBackend) targets.add(fe);
          outer: for (const be of targets) {
            if (be.mode !== 'tcp') continue;
            for (const s of effectiveServers(be)) {
              if (!s.ssl && s.port !== undefined && TLS_PORTS.has(s.port)) {
                finding = { id: 'termination', data: { server: s.name, backend: be.name ?? '', port: s.port } };
                break outer;
              }
            }
          }
        }
        if (finding) for (const pr of sslBinds) ctx.report({ messageId: finding.id, data: finding.data, range: pr.name, doc: fe.doc });
      }
    },
  }),
});
