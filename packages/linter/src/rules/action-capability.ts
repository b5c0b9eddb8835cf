import { actionName } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';
import { captureForm } from '../util/captures.js';

type Cap = 'frontend' | 'backend';

/** Actions HAProxy rejects in a proxy lacking a capability (checked with haproxy -c). */
const NEEDS: Readonly<Record<string, Cap>> = {
  'http-request capture': 'frontend',
  'tcp-request content capture': 'frontend',
};

/**
 * `set-timeout` (http-request, and http-response from 2.9) needs what its timeout belongs to
 * (cfg_parse_rule_set_timeout()): `client` a frontend, `tarpit` nothing; a name the release does
 * not know is invalid-argument's.
 */
const SET_TIMEOUT_NEEDS: Readonly<Record<string, Cap | undefined>> = { server: 'backend', tunnel: 'backend', connect: 'backend', queue: 'backend', client: 'frontend', tarpit: undefined };

export default defineRule({
  id: 'action-capability',
  meta: {
    description: 'Disallow rule actions in a proxy without the capability they need (capture in a backend, set-timeout server in a frontend)',
    severity: 'error',
    category: 'mode',
    fixable: false,
    messages: { needs: "'{{ruleset}} {{action}}' needs a proxy with {{cap}} capability; {{kind}} '{{name}}' has none" },
  },
  create: (ctx) => ({
    rule(st, where) {
      const p = where.proxy;
      if (!p || p.kind === 'defaults' || !st.action) return;
      const action = actionName(st.action.value);
      const cap = action === 'set-timeout' && st.ruleset.startsWith('http-') ? SET_TIMEOUT_NEEDS[st.actionArgs[0]?.value ?? ''] : NEEDS[`${st.ruleset} ${action}`];
      if (!cap || (cap === 'frontend' ? p.isFrontend : p.isBackend)) return;
      // `http-request capture <sample> id <n>` fills a slot a frontend declared: only the `len` form needs one here.
      if (st.ruleset === 'http-request' && captureForm(st, ctx.version)?.form === 'id') return;
      ctx.report({ messageId: 'needs', data: { ruleset: st.ruleset, action, cap, kind: p.kind, name: p.name ?? '' }, range: st.action });
    },
  }),
});
