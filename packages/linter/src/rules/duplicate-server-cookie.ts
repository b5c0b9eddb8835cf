import { effectiveServers, type EffectiveServer } from '@hacfg/model';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'duplicate-server-cookie',
  meta: {
    description: 'Warn about primary servers of one backend sharing a persistence cookie value',
    severity: 'warning',
    category: 'reference',
    fixable: false,
    messages: { duplicate: "server '{{server}}' uses cookie value '{{cookie}}' already given to server '{{first}}': clients stuck to that value all go to '{{first}}'" },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        if (!p.isBackend) continue;
        const first = new Map<string, EffectiveServer>();
        for (const s of effectiveServers(p)) {
          if (s.backup || s.cookie === undefined) continue;
          const prev = first.get(s.cookie);
          if (!prev) {
            first.set(s.cookie, s);
            continue;
          }
          const own = s.params.get('cookie')!;
          const prevParam = prev.params.get('cookie')!;
          ctx.report({
            messageId: 'duplicate',
            data: { server: s.name, cookie: s.cookie, first: prev.name },
            range: own.param.value ?? own.param.name,
            doc: p.doc,
            related: [{ message: `server '${prev.name}' uses it here`, range: prevParam.param.value ?? prevParam.param.name, doc: p.doc }],
          });
        }
      }
    },
  }),
});
