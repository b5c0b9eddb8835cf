import { effectiveServers } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { paramRange } from '../util/setups.js';

export default defineRule({
  id: 'agent-check-without-port',
  meta: {
    description: "Disallow 'agent-check' on a server without 'agent-port'",
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: { noPort: "server '{{server}}' enables 'agent-check' without 'agent-port': HAProxy refuses it (server does not have agent port)" },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        if (!p.isBackend) continue;
        for (const s of effectiveServers(p)) {
          // A port given through an environment reference is a port all the same, and `port`
          // (the check port) serves the agent too when `agent-port` is absent.
          if (!s.agentCheck || s.agentPort !== undefined || s.params.has('agent-port') || s.params.has('port')) continue;
          const at = paramRange(s, 'agent-check');
          ctx.report({ messageId: 'noPort', data: { server: s.name }, ...at });
        }
      }
    },
  }),
});
