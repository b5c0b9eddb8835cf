import { effectiveProxy, effectiveServers } from '@hacfg/model';
import type { CheckRuleStatement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

/** An IPv4 or IPv6 literal: a name may resolve later (or never, with `init-addr none`), and HAProxy then checks nothing here. */
const IP_LITERAL = /^(\d{1,3}(\.\d{1,3}){3}|\[?[0-9a-fA-F:]*:[0-9a-fA-F:.]*\]?)$/;

/** A `connect` step that names its own port gives every check a port. */
const connectsWithPort = (rules: readonly CheckRuleStatement[]): boolean => rules.some((r) => r.action?.value === 'connect' && r.actionArgs.some((w) => w.value === 'port'));

export default defineRule({
  id: 'check-without-port',
  meta: {
    description: "Disallow a health-checked server whose address has no port, without 'port' or a 'connect' step that gives one",
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: {
      noPort: "server '{{server}}' is health-checked but its address has no port and no check port is set: HAProxy refuses it (neither service port nor check port); add ':PORT' to the address or 'port PORT'",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        if (!p.isBackend) continue;
        const servers = effectiveServers(p);
        if (!servers.some((s) => s.check)) continue;
        const eff = effectiveProxy(p);
        if (connectsWithPort(eff.tcpCheckRules) || connectsWithPort(eff.httpCheckRules)) continue;
        for (const s of servers) {
          const a = s.statement.address;
          if (!s.check || s.statement.keyword !== 'server' || !a || a.hasEnv || (a.prefix !== undefined && a.prefix !== 'ipv4' && a.prefix !== 'ipv6') || s.params.has('port')) continue;
          // Port 0 is no service port (svc_port 0), as much as none at all.
          if ((s.port !== undefined && !(s.port === 0 && !a.portOffset)) || !IP_LITERAL.test(a.host)) continue;
          ctx.report({ messageId: 'noPort', data: { server: s.name }, range: a.range, doc: p.doc });
        }
      }
    },
  }),
});
