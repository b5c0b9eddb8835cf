import { compareVersions } from '@hacfg/catalog';
import type { ServerStatement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

/** Up to 3.2 HAProxy leaves servers with an explicit `id` out of the check (their ids tell them apart). */
const hasId = (st: ServerStatement): boolean => st.params.some((p) => p.name.value === 'id');

export default defineRule({
  id: 'duplicate-server-name',
  meta: {
    description: 'Disallow two servers with the same name in one backend',
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: { duplicate: "{{kind}} '{{proxy}}': another server named '{{name}}' was already defined at line {{line}}, please use distinct names" },
  },
  create: (ctx) => {
    const idsExempt = compareVersions(ctx.version, '3.3') < 0;
    return {
      section(node) {
        const proxy = ctx.config.proxyOf(node.section);
        if (!proxy || !proxy.isBackend) return;
        for (const [name, all] of proxy.servers) {
          if (all.length < 2) continue;
          const list = idsExempt ? all.filter((st) => !hasId(st)) : all;
          const first = list[0];
          if (!first) continue;
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
    };
  },
});
