import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'frontend-without-bind',
  meta: {
    description: "Warn about frontends and listen sections without a 'bind' line, which accept no connection",
    severity: 'warning',
    category: 'suggestion',
    fixable: false,
    haproxyWarning: true,
    messages: { noBind: "{{kind}} '{{name}}' has no 'bind' line, so it accepts no connection: add one, or declare it as a backend if that was the intent" },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        if (!p.isFrontend || p.statements.some((st) => st.type === 'bind' || st.keyword === 'disabled')) continue;
        ctx.report({ messageId: 'noBind', data: { kind: p.kind, name: p.name ?? '' }, range: p.section.name ?? p.section.keywordWord, doc: p.doc });
      }
    },
  }),
});
