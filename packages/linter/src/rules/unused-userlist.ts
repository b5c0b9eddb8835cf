import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'unused-userlist',
  meta: {
    description: "Warn about userlists that no http_auth()/http_auth_group() check refers to",
    severity: 'warning',
    category: 'reference',
    fixable: false,
    messages: { unused: "userlist '{{name}}' is never used: no http_auth() or http_auth_group() refers to it" },
  },
  create: (ctx) => ({
    'config:exit'() {
      const cfg = ctx.config;
      const used = new Set(cfg.references.filter((r) => r.kind === 'userlist').map((r) => r.name));
      // References written in defaults sections are not recorded as references; look at their text.
      const defaultsText = cfg.proxies.filter((p) => p.kind === 'defaults').flatMap((p) => p.statements.map((s) => p.doc.text.slice(s.range.start, s.range.end)));
      for (const [name, nodes] of cfg.symbols.get('userlist') ?? []) {
        if (used.has(name) || defaultsText.some((t) => t.includes(`http_auth(${name}`) || t.includes(`http_auth_group(${name}`))) continue;
        const n = nodes[0]!;
        ctx.report({ messageId: 'unused', data: { name }, range: n.section.name!, doc: n.doc });
      }
    },
  }),
});
