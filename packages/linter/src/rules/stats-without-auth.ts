import type { Proxy } from '@hacfg/model';
import type { Statement, StatsStatement } from '@hacfg/syntax';
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
      open: "stats page of {{kind}} '{{name}}'{{from}} has no authentication and listens on all addresses ('{{address}}')",
      noAuth: "stats page of {{kind}} '{{name}}'{{from}} has no authentication: add 'stats auth' or 'stats http-request auth'",
    },
  },
  create: (ctx) => ({
    section(node) {
      const p = ctx.config.proxyOf(node.section);
      if (!p || p.kind === 'defaults' || !p.isFrontend) return;
      // A proxy's first `stats` line detaches it from the defaults' stats page: it has its own
      // lines or the inherited ones, never both (cfgparse-listen.c).
      const own = p.statements.filter(isStats);
      const stats = own.length > 0 ? own : statsAlongChain(p.defaults);
      const enabling = stats.find((s) => ENABLING.has(s.sub?.value ?? ''));
      if (!enabling) return;
      const inherited = p.defaults?.statements ?? [];
      const authed = stats.some((s) => s.sub?.value === 'auth' || (s.sub?.value === 'http-request' && s.subArgs.some((w) => w.value === 'auth' || w.value === 'deny')))
        || [...inherited, ...p.statements].some((s) => s.type === 'rule' && s.ruleset === 'http-request' && (s.action?.value === 'auth' || s.action?.value === 'deny'));
      if (authed) return;
      const open = p.statements.flatMap((s) => (s.type === 'bind' ? s.addresses : [])).find((a) => a.prefix === undefined && PUBLIC_HOST.test(a.host));
      const from = own.length > 0 ? '' : ` (enabled by defaults${p.defaults?.name ? ` '${p.defaults.name}'` : ''})`;
      const data = { kind: p.kind, name: p.name ?? '', address: open?.text ?? '', from };
      ctx.report({ messageId: open ? 'open' : 'noAuth', data, range: own.length > 0 ? enabling.range : (p.section.name ?? p.section.keywordWord) });
    },
  }),
});

const ENABLING = new Set(['enable', 'uri', 'admin', 'refresh', 'show-node', 'show-legends']);
const isStats = (s: Statement): s is StatsStatement => s.type === 'stats' && s.modifier === undefined;

/** The stats lines a proxy without its own inherits: its defaults' and theirs, which share one page. */
function statsAlongChain(d: Proxy | undefined): StatsStatement[] {
  const out: StatsStatement[] = [];
  for (; d; d = d.defaults) out.unshift(...d.statements.filter(isStats));
  return out;
}
