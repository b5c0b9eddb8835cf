import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'duplicate-server-name',
  meta: {
    description: 'Disallow two servers with the same name in one backend',
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: { duplicate: "{{kind}} '{{proxy}}': another server named '{{name}}' was already defined at line {{line}}, please use distinct names" },
  },
  create: (ctx) => ({
    section(node) {
      const proxy = ctx.config.proxyOf(node.section);
      if (!proxy || !proxy.isBackend) return;
      for (const [name, list] of proxy.servers) {
        if (list.length < 2) continue;
        const first = list[0]!;
        for (let i = 1; i < list.length; i++) {
          const dup = list[i]!;
          ctx.report({
            messageId: 'duplicate',
            data: { kind: proxy.kind, proxy: proxy.name ?? '', name, line: first.line.index + 1 },
            range: dup.name!,
            related: [{ message: 'first defined here', range: first.name! }],
          });
        }
      }
    },
  }),
});
