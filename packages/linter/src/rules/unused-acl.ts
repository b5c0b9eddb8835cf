import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'unused-acl',
  meta: {
    description: 'Warn about ACLs declared in a proxy and used by no condition of that proxy',
    severity: 'warning',
    category: 'reference',
    fixable: false,
    messages: { unused: "ACL '{{name}}' is declared but never used in {{kind}} '{{proxy}}'" },
  },
  create: (ctx) => ({
    'config:exit'() {
      const used = new Map<string, Set<string>>();
      for (const u of ctx.config.aclUses) {
        const key = `${u.in.index}`;
        let s = used.get(key);
        if (!s) used.set(key, (s = new Set()));
        s.add(u.name);
      }
      for (const p of ctx.config.realProxies) {
        const names = used.get(`${p.index}`);
        for (const [name, decls] of p.acls) {
          if (names?.has(name)) continue;
          const d = decls[0]!;
          ctx.report({ messageId: 'unused', data: { name, kind: p.kind, proxy: p.name ?? '' }, range: d.name ?? d.range, doc: p.doc });
        }
      }
    },
  }),
});
