import type { Proxy } from '@hacfg/model';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'duplicate-proxy-name',
  meta: {
    description: 'Disallow two proxies with the same name and a shared capability (frontend or backend)',
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: { duplicate: "{{kind}} '{{name}}' has the same name as {{other}} '{{name}}' declared at line {{line}}" },
  },
  create: (ctx) => ({
    'config:exit'() {
      const seen = new Map<string, Proxy[]>();
      for (const p of ctx.config.proxies) {
        if (p.kind === 'defaults' || p.name === undefined) continue;
        const earlier = (seen.get(p.name) ?? []).find((q) => (q.isFrontend && p.isFrontend) || (q.isBackend && p.isBackend));
        if (earlier) {
          const at = earlier.section.name ?? earlier.section.keywordWord;
          ctx.report({
            messageId: 'duplicate',
            data: { kind: p.kind, name: p.name, other: earlier.kind === 'listen' ? 'proxy' : earlier.kind, line: earlier.doc.lineIndex.positionAt(at.start).line + 1 },
            range: p.section.name!,
            doc: p.doc,
            related: [{ message: 'first declared here', range: at, doc: earlier.doc }],
          });
        }
        seen.set(p.name, [...(seen.get(p.name) ?? []), p]);
      }
    },
  }),
});
