import type { Param } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'backend-loop',
  meta: {
    description: "Disallow loops HAProxy refuses: a 'listen' section whose 'use_backend' or 'default_backend' names itself, and 'track' chains that lead back to their first server",
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: {
      loop: "{{kind}} '{{name}}' sends its own traffic to itself with '{{via}}': HAProxy refuses the loop",
      track: "unable to track {{target}} as it belongs to a tracking chain looping back to {{server}}",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      const cfg = ctx.config;
      for (const r of cfg.references) {
        if (r.kind !== 'backend' || (r.via !== 'use_backend' && r.via !== 'default_backend')) continue;
        const from = cfg.proxyOf(r.in.section);
        if (!from || from !== cfg.backend(r.name)) continue;
        ctx.report({ messageId: 'loop', data: { kind: from.kind, name: from.name ?? '', via: r.via }, range: r.range, doc: r.doc });
      }
      // Tracked servers by `backend/server`, as HAProxy resolves `track [backend/]server`.
      const tracks = new Map<string, { target: string; param: Param; doc: (typeof cfg.docs)[number] }>();
      for (const p of cfg.realProxies) {
        if (!p.isBackend || p.name === undefined) continue;
        for (const st of p.statements) {
          if (st.type !== 'server' || st.keyword !== 'server' || !st.name) continue;
          const param = st.params.find((x) => x.name.value === 'track' && x.value);
          if (!param) continue;
          const v = param.value!.value;
          tracks.set(`${p.name}/${st.name.value}`, { target: v.includes('/') ? v : `${p.name}/${v}`, param, doc: p.doc });
        }
      }
      for (const [server, t] of tracks) {
        const seen = new Set<string>();
        let at: string | undefined = t.target;
        while (at !== undefined && at !== server && !seen.has(at)) {
          seen.add(at);
          at = tracks.get(at)?.target;
        }
        if (at === server) ctx.report({ messageId: 'track', data: { target: t.target, server }, range: t.param.value!, doc: t.doc });
      }
    },
  }),
});
