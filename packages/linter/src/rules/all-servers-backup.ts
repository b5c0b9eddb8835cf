import { effectiveServers } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { proxyNameRange } from '../util/setups.js';

export default defineRule({
  id: 'all-servers-backup',
  meta: {
    description: "Warn about a backend where every server is marked 'backup'",
    severity: 'warning',
    category: 'suggestion',
    fixable: false,
    messages: { allBackup: "every server of {{proxy}} '{{backend}}' is 'backup': there is no primary to fall back from, and only the first backup gets traffic unless 'option allbackups' is set" },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        if (!p.isBackend) continue;
        const servers = effectiveServers(p);
        if (servers.length > 0 && servers.every((s) => s.backup)) ctx.report({ messageId: 'allBackup', data: { proxy: p.kind, backend: p.name ?? '' }, range: proxyNameRange(p), doc: p.doc });
      }
    },
  }),
});
