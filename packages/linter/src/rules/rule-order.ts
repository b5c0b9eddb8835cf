import type { Statement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { lineOf } from '../util/ranges.js';

/** HAProxy's evaluation order; it warns when a rule of a kind is written after a later kind. */
const ORDER = ['tcp-request connection', 'tcp-request session', 'tcp-request content', 'monitor fail', 'http-request', 'redirect', 'use_backend', 'use-server'];
/** Kinds whose placement HAProxy checks (use_backend and use-server are not). */
const CHECKED = new Set(ORDER.slice(0, 6));

function kindOf(st: Statement): string | undefined {
  if (st.type === 'rule') return st.ruleset;
  if (st.type === 'backend-rule') return st.keyword === 'use_backend' || st.keyword === 'use-server' ? st.keyword : undefined;
  if (st.type === 'monitor') return st.sub?.value === 'fail' ? 'monitor fail' : undefined;
  return st.keyword === 'redirect' ? 'redirect' : undefined;
}

export default defineRule({
  id: 'rule-order',
  meta: {
    description: 'Warn about rules written after rules that HAProxy evaluates later (e.g. http-request after use_backend)',
    severity: 'warning',
    category: 'order',
    fixable: false,
    haproxyWarning: true,
    messages: { order: "a '{{later}}' rule placed after a '{{earlier}}' rule (line {{line}}) is still processed before it" },
  },
  create: (ctx) => ({
    section(node) {
      const p = ctx.config.proxyOf(node.section);
      if (!p) return;
      const firstOf = new Map<string, Statement>();
      for (const st of node.statements) {
        const k = kindOf(st);
        if (!k) continue;
        // Like HAProxy, name the first later-evaluated kind already present.
        const earlier = CHECKED.has(k) ? ORDER.slice(ORDER.indexOf(k) + 1).find((x) => firstOf.has(x)) : undefined;
        if (earlier) {
          const e = firstOf.get(earlier)!;
          ctx.report({ messageId: 'order', data: { later: k, earlier, line: lineOf(node.doc, e.range.start) }, range: st.range, related: [{ message: `first '${earlier}' rule`, range: e.range }] });
        }
        if (!firstOf.has(k)) firstOf.set(k, st);
      }
    },
  }),
});
