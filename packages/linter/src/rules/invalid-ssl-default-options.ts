import { compareVersions, TLS_VERSIONS, type HaproxyVersion } from '@hacfg/catalog';
import type { Statement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import type { RuleContext } from '../types.js';

// ssl_parse_default_bind_options() / ssl_parse_default_server_options() (cfgparse-ssl.c).
/** `no-<method>` / `force-<method>` (parse_tls_method_options). */
const METHOD = /^(no|force)-(sslv3|tlsv10|tlsv11|tlsv12|tlsv13)$/;
const FLAGS: Readonly<Record<string, readonly (readonly [string, HaproxyVersion])[]>> = {
  'ssl-default-bind-options': [['no-tls-tickets', '2.4'], ['prefer-client-ciphers', '2.4'], ['tls-tickets', '3.2'], ['strict-sni', '3.2'], ['no-strict-sni', '3.2']],
  'ssl-default-server-options': [['no-tls-tickets', '2.4'], ['renegotiate', '3.3'], ['no-renegotiate', '3.3']],
};

export default defineRule({
  id: 'invalid-ssl-default-options',
  meta: {
    description: "Disallow 'ssl-default-bind-options' / 'ssl-default-server-options' words HAProxy does not know, and TLS versions it cannot read",
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: {
      unknown: "'{{keyword}}' does not know the option '{{value}}' in HAProxy {{version}} ({{allowed}}, no-<method>, force-<method>, ssl-min-ver, ssl-max-ver)",
      version: "'{{option}}' takes one of {{versions}}{{got}}",
      empty: "'{{keyword}}' needs at least one option",
    },
  },
  create: (ctx) => ({
    'keyword:ssl-default-bind-options'(st, where) {
      if (where.node?.keyword === 'global') check(ctx, st);
    },
    'keyword:ssl-default-server-options'(st, where) {
      if (where.node?.keyword === 'global') check(ctx, st);
    },
  }),
});

function check(ctx: RuleContext, st: Statement): void {
  if (st.modifier !== undefined || st.args.some((w) => w.value.includes('$'))) return;
  const keyword = st.keyword;
  const flags = (FLAGS[keyword] ?? []).filter(([, since]) => compareVersions(ctx.version, since) >= 0).map(([f]) => f);
  const args = st.args;
  if (args.length === 0) return ctx.report({ messageId: 'empty', data: { keyword }, range: st.keywordWord });
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    if (flags.includes(w.value) || METHOD.test(w.value)) continue;
    if (w.value === 'ssl-min-ver' || w.value === 'ssl-max-ver') {
      const v = args[++i];
      if (!v || !(TLS_VERSIONS as readonly string[]).includes(v.value)) return ctx.report({ messageId: 'version', data: { option: w.value, versions: TLS_VERSIONS.join(', '), got: v ? ` (got '${v.value}')` : '' }, range: v ?? w });
      continue;
    }
    return ctx.report({ messageId: 'unknown', data: { keyword, value: w.value, version: ctx.version, allowed: flags.join(', ') }, range: w });
  }
}
