import type { Statement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

/** Addresses reachable from anywhere: `*`, `0.0.0.0`, `::`, or no host at all. */
const PUBLIC_HOST = /^(\*|0\.0\.0\.0|::|\[::\]|)$/;

export default defineRule({
  id: 'stats-without-auth',
  meta: {
    description: 'Warn about a stats page without `stats auth`/`stats http-request auth`, especially when it listens on all addresses',
    severity: 'warning',
    category: 'security',
    fixable: false,
    messages: {
      open: "stats page of {{kind}} '{{name}}' has no authentication and listens on all addresses ('{{address}}')",
      noAuth: "stats page of {{kind}} '{{name}}' has no authentication: add 'stats auth' or 'stats http-request auth'",
    },
  },
  create: (ctx) => ({
    section(node) {
      const p = ctx.config.proxyOf(node.section);
      if (!p || p.kind === 'defaults' || !p.isFrontend) return;
      const own = p.statements;
      const inherited = p.defaults?.statements ?? [];
      const sub = (s: Statement): string | undefined => (s.type === 'stats' ? s.sub?.value : undefined);
      const enabling = own.find((s) => s.type === 'stats' && ['enable', 'uri', 'admin', 'refresh', 'show-node', 'show-legends'].includes(sub(s) ?? ''));
      if (!enabling) return;
      const all = [...inherited, ...own];
      const authed = all.some((s) => s.type === 'stats' && (sub(s) === 'auth' || (sub(s) === 'http-request' && s.subArgs.some((w) => w.value === 'auth' || w.value === 'deny'))))
        || all.some((s) => s.type === 'rule' && s.ruleset === 'http-request' && (s.action?.value === 'auth' || s.action?.value === 'deny') );
      if (authed) return;
      const open = own.flatMap((s) => (s.type === 'bind' ? s.addresses : [])).find((a) => a.prefix === undefined && PUBLIC_HOST.test(a.host));
      const data = { kind: p.kind, name: p.name ?? '', address: open?.text ?? '' };
      ctx.report({ messageId: open ? 'open' : 'noAuth', data, range: enabling.range });
    },
  }),
});
