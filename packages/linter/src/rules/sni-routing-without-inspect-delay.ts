import { samplesOf, type Proxy } from '@hacfg/model';
import type { RuleStatement, TextRange } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

const SNI = new Set(['req.ssl_sni', 'req_ssl_sni']);
const HELLO = new Set(['req.ssl_hello_type', 'req_ssl_hello_type']);

/** `tcp-request inspect-delay` in the proxy or its defaults chain. */
function hasInspectDelay(p: Proxy | undefined): boolean {
  for (let q = p; q; q = q.defaults) if (q.statements.some((s) => s.keyword === 'tcp-request' && s.args[0]?.value === 'inspect-delay')) return true;
  return false;
}

export default defineRule({
  id: 'sni-routing-without-inspect-delay',
  meta: {
    description: "Warn about SNI routing (req.ssl_sni) without 'tcp-request inspect-delay' and a 'req_ssl_hello_type 1' accept rule",
    severity: 'warning',
    category: 'order',
    fixable: false,
    messages: {
      noDelay: "'{{fetch}}' is read without 'tcp-request inspect-delay': HAProxy decides on whatever bytes have arrived, usually none, so SNI rules miss and traffic goes to the default backend; add 'tcp-request inspect-delay 5s'",
      noAccept: "'{{fetch}}' is read without 'tcp-request content accept if { req_ssl_hello_type 1 }': rules run before the whole ClientHello has arrived and the SNI may be missing",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        if (!p.isFrontend || p.mode !== 'tcp') continue;
        let first: { range: TextRange; name: string } | undefined;
        let accept = false;
        for (const st of p.statements) {
          for (const e of samplesOf(st, p.doc.text, ctx.version)) {
            if (!first && SNI.has(e.fetch.name)) first = { range: e.fetch.nameRange, name: e.fetch.name };
            if (HELLO.has(e.fetch.name) && st.type === 'rule' && (st as RuleStatement).ruleset === 'tcp-request content' && (st as RuleStatement).action?.value === 'accept') accept = true;
          }
        }
        if (!first) continue;
        if (!hasInspectDelay(p)) ctx.report({ messageId: 'noDelay', data: { fetch: first.name }, range: first.range, doc: p.doc });
        else if (!accept) ctx.report({ messageId: 'noAccept', data: { fetch: first.name }, range: first.range, doc: p.doc });
      }
    },
  }),
});
