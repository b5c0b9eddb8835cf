import { fetch } from '@hacfg/catalog';
import { conditionOf, samplesOf } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { inspectDelaySet, isTrackingAction } from '../util/content-rules.js';

/** Fetch layers that read buffered content, which needs a delay to arrive. */
const CONTENT_LAYERS = new Set(['l6', 'l7']);
/** SNI routing has its own rule (sni-routing-without-inspect-delay). */
const SNI = new Set(['req.ssl_sni', 'req_ssl_sni', 'req.ssl_hello_type', 'req_ssl_hello_type']);

export default defineRule({
  id: 'missing-inspect-delay',
  meta: {
    description: "Warn about 'tcp-request content' rules that read request content in a frontend without 'tcp-request inspect-delay'",
    severity: 'warning',
    category: 'order',
    fixable: false,
    messages: { missing: "'tcp-request content' reads '{{fetch}}' but {{kind}} '{{name}}' has no 'tcp-request inspect-delay': the rule runs on whatever arrived with the first packet, often nothing" },
  },
  create: (ctx) => ({
    section(node) {
      const p = ctx.config.proxyOf(node.section);
      // Backends inherit the data the frontend already waited for; HTTP mode waits for the request itself.
      if (!p || p.kind === 'defaults' || !p.isFrontend || p.mode === 'http') return;
      if (inspectDelaySet(p)) return;
      for (const st of node.statements) {
        if (st.type !== 'rule' || st.ruleset !== 'tcp-request content') continue;
        // What a tracking or capture rule tracks is tcp-content-tracking's (HAProxy's own warning); its condition stays here.
        const from = st.action && isTrackingAction(st.action.value) ? (conditionOf(st)?.range.start ?? Infinity) : 0;
        const hit = samplesOf(st, node.doc.text, ctx.version).find((e) => e.range.start >= from && !e.error && CONTENT_LAYERS.has(fetch(e.fetch.name, ctx.version)?.layer ?? '') && !SNI.has(e.fetch.name));
        if (!hit) continue;
        ctx.report({ messageId: 'missing', data: { fetch: hit.fetch.name, kind: p.kind, name: p.name ?? '' }, range: hit.fetch.nameRange });
        return;
      }
    },
  }),
});
