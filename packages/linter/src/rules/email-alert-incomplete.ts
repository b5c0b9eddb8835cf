import { defineRule } from '../define-rule.js';
import { missingEmailAlertSettings } from '../util/email-alert.js';

export default defineRule({
  id: 'email-alert-incomplete',
  meta: {
    description: "Warn about 'email-alert' settings without all of 'email-alert from', 'mailers' and 'to', which HAProxy ignores",
    severity: 'warning',
    category: 'suggestion',
    fixable: false,
    haproxyWarning: true,
    messages: {
      incomplete: "{{kind}} '{{name}}' sets 'email-alert' but lacks {{missing}}: HAProxy ignores its email alerts (it needs 'email-alert from', 'mailers' and 'to')",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        const missing = missingEmailAlertSettings(p);
        if (missing.length === 0) continue;
        const own = p.statements.find((st) => st.keyword === 'email-alert');
        ctx.report({ messageId: 'incomplete', data: { kind: p.kind, name: p.name ?? '', missing: missing.map((m) => `'email-alert ${m}'`).join(', ') }, range: own?.range ?? p.section.name ?? p.section.keywordWord, doc: p.doc });
      }
    },
  }),
});
