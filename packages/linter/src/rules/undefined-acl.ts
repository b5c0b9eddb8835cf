import { predefinedAcl } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';
import { hint } from '../util/did-you-mean.js';

export default defineRule({
  id: 'undefined-acl',
  meta: {
    description: 'Disallow conditions naming an ACL that is not declared earlier in the same proxy',
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: {
      missing: "no such ACL: '{{name}}'{{hint}}",
      later: "ACL '{{name}}' is used before it is declared: HAProxy only knows the ACLs above this line",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      // Names glued to a brace are reported by brace-spacing; the words after them are debris.
      const glued = new Set(ctx.config.aclUses.filter((u) => u.name.startsWith('{') || u.name.endsWith('}')).map((u) => u.statement));
      for (const use of ctx.config.aclUses) {
        if (glued.has(use.statement)) continue;
        if (predefinedAcl(use.name, ctx.version)) continue;
        const proxy = ctx.config.proxyOf(use.in.section);
        const decls = proxy?.acls.get(use.name) ?? [];
        if (decls.some((d) => d.range.start < use.statement.range.start)) continue;
        const decl = decls[0];
        if (decl) {
          ctx.report({ messageId: 'later', data: { name: use.name }, range: use.range, doc: use.in.doc, related: [{ message: 'declared here', range: decl.name ?? decl.range, doc: use.in.doc }] });
          continue;
        }
        const known = [...(proxy?.acls.keys() ?? [])];
        ctx.report({ messageId: 'missing', data: { name: use.name, hint: hint(use.name, known) }, range: use.range, doc: use.in.doc });
      }
    },
  }),
});
