import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'unused-backend',
  meta: {
    description: 'Warn about backends that no rule, default_backend, fetch or track line refers to',
    severity: 'warning',
    category: 'reference',
    fixable: false,
    messages: { unused: "backend '{{name}}' is never used: no use_backend, default_backend, fetch or track refers to it" },
  },
  create: (ctx) => ({
    'config:exit'() {
      const cfg = ctx.config;
      const used = new Set<string>();
      for (const node of cfg.sections) {
        for (const s of node.statements) {
          // Names built at run time, Lua and SPOE agents may reach any backend.
          if ((s.type === 'backend-rule' && s.dynamic) || s.keyword === 'lua-load' || s.keyword === 'lua-load-per-thread' || (s.keyword === 'filter' && s.args[0]?.value === 'spoe')) return;
          // default_backend in a defaults section applies to every frontend after it.
          if (s.type === 'backend-rule' && s.target && (s.keyword === 'use_backend' || s.keyword === 'default_backend')) used.add(s.target.value);
        }
      }
      for (const r of cfg.references) {
        if (r.kind === 'backend' || r.kind === 'table') used.add(r.name);
        else if (r.kind === 'server' && r.backend !== undefined) used.add(r.backend);
      }
      for (const p of cfg.realProxies) {
        if (p.kind !== 'backend' || p.name === undefined || used.has(p.name)) continue;
        // A backend without servers usually holds a stick table or is a placeholder.
        if (p.servers.size === 0) continue;
        ctx.report({ messageId: 'unused', data: { name: p.name }, range: p.section.name!, doc: p.doc });
      }
    },
  }),
});
