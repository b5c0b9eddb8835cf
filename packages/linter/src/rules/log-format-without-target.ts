import type { Proxy } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { reportSetting } from '../util/inherited.js';
import { logFormatOf } from '../util/log-format.js';

export default defineRule({
  id: 'log-format-without-target',
  meta: {
    description: 'Warn about frontends with a log format (option httplog, tcplog, log-format) but no log target, whose format HAProxy ignores',
    severity: 'warning',
    category: 'suggestion',
    fixable: false,
    haproxyWarning: true,
    messages: {
      own: "{{kind}} '{{name}}' sets a log format but has no log target, so HAProxy ignores it and logs nothing: add a 'log' line (or 'log global' with a 'log' line in the global section)",
      inherited: "{{kind}} '{{name}}' inherits a log format from its defaults section but has no log target, so HAProxy ignores it and logs nothing: add a 'log' line (or 'log global' with a 'log' line in the global section)",
    },
  },
  create(ctx) {
    // As HAProxy 2.6 decides it at start-up: log targets are copied from the defaults section,
    // `log global` adds those the global sections read so far declare, `no log` drops them all.
    const globalLogsBefore = (index: number): number => ctx.config.globalLines('log').filter((l) => l.section.index < index && l.statement.args.length > 0).length;
    const logs = new Map<Proxy, number>();
    const logCount = (p: Proxy): number => {
      let n = logs.get(p);
      if (n !== undefined) return n;
      n = p.defaults ? logCount(p.defaults) : 0;
      for (const st of p.statements) {
        if (st.keyword !== 'log' || st.modifier === 'default') continue;
        if (st.modifier === 'no') n = 0;
        else if (st.args[0]?.value === 'global') n += globalLogsBefore(p.index);
        else if (st.args.length > 0) n += 1;
      }
      logs.set(p, n);
      return n;
    };
    return {
      'config:exit'() {
        for (const p of ctx.config.realProxies) {
          if (!p.isFrontend || (p.mode !== 'http' && p.mode !== 'tcp')) continue;
          if (p.statements.some((st) => st.keyword === 'disabled')) continue;
          const f = logFormatOf(p);
          if (!f || logCount(p) > 0) continue;
          reportSetting(ctx, p, f, f.from === p ? 'own' : 'inherited', { kind: p.kind, name: p.name ?? '' }, 'log format set here');
        }
      },
    };
  },
});

