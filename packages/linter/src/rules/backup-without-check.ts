import { effectiveServers } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { isChecked, paramRange } from '../util/setups.js';

export default defineRule({
  id: 'backup-without-check',
  meta: {
    description: 'Warn about backup servers in a backend whose primary servers are not health-checked, so the backups are never used',
    severity: 'warning',
    category: 'suggestion',
    fixable: false,
    messages: { unused: "backup server '{{server}}' is never used: backups take over when every primary server is DOWN, but no primary server of '{{backend}}' has 'check'" },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        if (!p.isBackend) continue;
        const servers = effectiveServers(p);
        const primaries = servers.filter((s) => !s.backup);
        if (primaries.length === 0 || primaries.some(isChecked)) continue;
        for (const s of servers) if (s.backup) ctx.report({ messageId: 'unused', data: { server: s.name, backend: p.name ?? '' }, ...paramRange(s, 'backup') });
      }
    },
  }),
});
