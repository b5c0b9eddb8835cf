import { effectiveProxy, type Proxy } from '@hacfg/model';
import type { Statement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { lastAlongChain, reportSetting } from '../util/inherited.js';

/** Balance algorithms that need a log backend (BE_LB_NEED_LOG): elsewhere HAProxy uses round robin. */
const LOG_ONLY_BALANCE = new Set(['sticky', 'log-hash']);

/** What HAProxy ignores in a log backend, per own line (_postcheck_log_backend_compat(), log.c). */
function ignoredInLogBackend(st: Statement): string | undefined {
  if (st.modifier !== undefined) return undefined;
  if (st.type === 'rule' && (st.ruleset === 'tcp-request content' || st.ruleset === 'tcp-response content')) return `'${st.ruleset.split(' ')[0]}' rules`;
  if (st.keyword === 'stick-table') return 'stick tables';
  if (st.keyword === 'stick') return 'sticking rules';
  if (st.type === 'backend-rule' && st.keyword === 'use-server') return "'use-server' rules";
  // Not copied from a defaults section (proxy_preset_defaults() leaves it), so only an own line counts.
  if (st.keyword === 'dynamic-cookie-key') return "'dynamic-cookie-key'";
  return undefined;
}

export default defineRule({
  id: 'log-mode-mismatch',
  meta: {
    description: "Warn about settings HAProxy ignores because of a backend's log mode (2.9+): tcp rules, stick tables and rules, 'use-server', 'http-send-name-header' and 'dynamic-cookie-key' in a log backend; 'balance sticky' or 'log-hash' outside one",
    severity: 'warning',
    category: 'mode',
    fixable: false,
    haproxyWarning: true,
    versions: { since: '2.9' },
    messages: {
      ignored: "HAProxy ignores {{what}} in log backend '{{name}}'",
      setting: "HAProxy ignores '{{what}}' in log backend '{{name}}'",
      balance: "'balance {{algorithm}}' needs 'mode log', but {{kind}} '{{name}}' is in mode {{mode}}: HAProxy falls back to round robin",
    },
  },
  create(ctx) {
    const logBackend = (p: Proxy): void => {
      const name = p.name ?? '';
      for (const st of p.statements) {
        const what = ignoredInLogBackend(st);
        if (what) ctx.report({ messageId: 'ignored', data: { what, name }, range: st.range, doc: p.doc });
      }
      // Copied from the defaults section, so reported when inherited too.
      const header = lastAlongChain(p, (st) => st.keyword === 'http-send-name-header' && st.modifier === undefined);
      if (header) reportSetting(ctx, p, header, 'setting', { what: 'http-send-name-header', name }, 'set here');
    };
    const otherBackend = (p: Proxy): void => {
      const balance = effectiveProxy(p).balance;
      const algorithm = balance?.statement.type === 'balance' ? balance.statement.algorithm?.value : undefined;
      if (balance && algorithm && LOG_ONLY_BALANCE.has(algorithm)) {
        reportSetting(ctx, p, balance, 'balance', { algorithm, kind: p.kind, name: p.name ?? '', mode: p.mode }, 'set here');
      }
    };
    return {
      'config:exit'() {
        for (const p of ctx.config.realProxies) {
          if (!p.isBackend) continue;
          if (p.mode === 'log') logBackend(p);
          // Every other mode HAProxy knows runs proxy_cfg_ensure_no_log().
          else if (p.mode === 'tcp' || p.mode === 'http' || p.mode === 'spop') otherBackend(p);
        }
      },
    };
  },
});
