import { effectiveServers } from '@hacfg/model';
import type { Document, TextRange } from '@hacfg/syntax';
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
      const tracks = new Map<string, { target: string; range: TextRange; doc: Document }>();
      for (const p of cfg.realProxies) {
        if (!p.isBackend || p.name === undefined) continue;
        for (const s of effectiveServers(p)) {
          const value = s.track !== undefined ? s.params.get('track')?.param.value : undefined;
          if (!value || s.statement.keyword !== 'server') continue;
          tracks.set(`${p.name}/${s.name}`, { target: s.track!.includes('/') ? s.track! : `${p.name}/${s.track}`, range: value, doc: p.doc });
        }
      }
      for (const [server, t] of tracks) {
        const seen = new Set<string>();
        let at: string | undefined = t.target;
        while (at !== undefined && at !== server && !seen.has(at)) {
          seen.add(at);
          at = tracks.get(at)?.target;
        }
        if (at === server) ctx.report({ messageId: 'track', data: { target: t.target, server }, range: t.range, doc: t.doc });
      }
    },
  }),
});
