import { connectWords, effectiveServers, type Proxy } from '@hacfg/model';
import type { CheckRuleStatement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { lineRef } from '../util/ranges.js';
import { paramRange } from '../util/setups.js';

/**
 * The first `tcp-check`/`http-check connect … ssl` of the proxy or of its defaults chain: parsing one
 * marks the proxy (PR_O_TCPCHK_SSL, the tcpcheck's USE_SSL flag from 3.4), and the mark is inherited,
 * whether or not the rules are in use. Every server of the proxy then gets a TLS context.
 */
function sslConnectRule(p: Proxy): { st: CheckRuleStatement; line: string } | undefined {
  for (let q: Proxy | undefined = p; q; q = q.defaults) {
    for (const st of q.statements) {
      if (st.type === 'check-rule' && st.modifier === undefined && st.action?.value === 'connect' && connectWords(st.actionArgs).ssl) return { st, line: lineRef(q.doc, st.range.start, p.doc) };
    }
  }
  return undefined;
}

export default defineRule({
  id: 'server-ssl-verify-without-ca',
  meta: {
    description: "Disallow TLS to servers (ssl, check-ssl, a health-check 'connect … ssl' rule) that verify certificates, as HAProxy does by default, without a 'ca-file'",
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
        let rule: ReturnType<typeof sslConnectRule> | null = null;
        for (const s of effectiveServers(p)) {
          const param = s.params.has('ssl') ? 'ssl' : s.params.has('check-ssl') ? 'check-ssl' : undefined;
          if (s.params.has('ca-file')) continue;
          const verify = s.params.get('verify')?.param.value?.value;
          if (verify === 'none' || (verify === undefined && verifyOff) || verify?.includes('$')) continue;
          if (param) {
            ctx.report({ messageId: 'noCa', data: { server: s.name, what: `'${param}'` }, ...paramRange(s, param) });
            continue;
          }
          if (rule === null) rule = sslConnectRule(p);
          if (rule) ctx.report({ messageId: 'noCa', data: { server: s.name, what: `'${rule.st.keyword} connect … ssl' of the health check, line ${rule.line}` }, range: s.nameRange, doc: p.doc });
        }
      }
    },
  }),
});
