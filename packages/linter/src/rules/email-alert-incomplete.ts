import type { Proxy } from '@hacfg/model';
import { defineRule } from '../define-rule.js';

const REQUIRED = ['from', 'mailers', 'to'] as const;

export default defineRule({
  id: 'email-alert-incomplete',
  meta: {
    description: "Warn about 'email-alert' settings without all of 'email-alert from', 'mailers' and 'to', which HAProxy ignores",
    severity: 'warning',
    category: 'suggestion',
    fixable: false,
    messages: {
      incomplete: "{{kind}} '{{name}}' sets 'email-alert' but lacks {{missing}}: HAProxy ignores its email alerts (it needs 'email-alert from', 'mailers' and 'to')",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        // Email alert settings are copied from the defaults section, then set by the proxy's lines.
        const set = new Set<string>();
        for (let q: Proxy | undefined = p; q; q = q.defaults) for (const st of q.statements) if (st.keyword === 'email-alert' && st.args[0] && st.modifier === undefined) set.add(st.args[0].value);
        if (set.size === 0) continue;
        const missing = REQUIRED.filter((r) => !set.has(r));
        if (missing.length === 0) continue;
        const own = p.statements.find((st) => st.keyword === 'email-alert');
        ctx.report({ messageId: 'incomplete', data: { kind: p.kind, name: p.name ?? '', missing: missing.map((m) => `'email-alert ${m}'`).join(', ') }, range: own?.range ?? p.section.name ?? p.section.keywordWord, doc: p.doc });
      }
    },
  }),
});
