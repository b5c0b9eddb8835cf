import { effectiveProxy, type Proxy } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { reportSetting } from '../util/inherited.js';
import { isNonHttpMode, L7_BALANCE, switchesToHttp } from '../util/modes.js';

/** Options HAProxy 2.6 drops with a warning outside HTTP mode (cfg_opts entries marked HTTP, plus originalto); httplog and forwardfor are http-option-in-tcp's. */
const HTTP_OPTIONS = new Set([
  'checkcache', 'http-buffer-request', 'http-ignore-probes', 'idle-close-on-response', 'prefer-last-server', 'accept-invalid-http-request',
  'accept-invalid-http-response', 'http-use-proxy-header', 'http-pretend-keepalive', 'http-no-delay', 'h1-case-adjust-bogus-client',
  'h1-case-adjust-bogus-server', 'disable-h2-upgrade', 'originalto',
]);
const HTTP_RULESETS = new Set(['http-request', 'http-response', 'http-after-response']);
/** `stats` sub-keywords that set up the stats page (uri_auth): HAProxy ignores it outside HTTP mode, in any proxy. */
const STATS_PAGE = new Set(['admin', 'uri', 'realm', 'refresh', 'http-request', 'auth', 'scope', 'enable', 'hide-version', 'show-legends', 'show-modules', 'show-node', 'show-desc']);
const isStatsPage = (st: Proxy['statements'][number]): boolean => st.type === 'stats' && st.modifier === undefined && STATS_PAGE.has(st.sub?.value ?? '');

/** The mode in effect when HAProxy reads the line at `offset`: the proxy's last `mode` line above it, else its defaults'. */
function modeAt(p: Proxy, offset: number): string {
  let mode: string | undefined;
  for (const st of p.statements) {
    if (st.range.start >= offset) break;
    if (st.type === 'mode' && st.value) mode = st.value.value === 'haterm' ? 'http' : st.value.value;
  }
  return mode ?? p.defaults?.mode ?? 'tcp';
}

export default defineRule({
  id: 'http-only-in-tcp',
  meta: {
    description: 'Warn about HTTP-only rules, options and statements in a proxy whose mode is not http (tcp, log, spop), which HAProxy ignores',
    severity: 'warning',
    category: 'mode',
    fixable: false,
    haproxyWarning: true,
    messages: {
      ignored: "'{{what}}' is ignored in {{kind}} '{{name}}': it requires 'mode http' (the proxy is in mode {{mode}})",
      modeLater: "'{{what}}' is ignored in {{kind}} '{{name}}': HAProxy checks it against the mode in effect at this line, and 'mode http' only comes later",
      inheritedStats: "the stats page settings inherited from the defaults section are ignored in {{kind}} '{{name}}': it is in mode {{mode}}",
      inherited: "'{{what}}' inherited from the defaults section is ignored in {{kind}} '{{name}}': it requires 'mode http' (the proxy is in mode {{mode}})",
    },
  },
  create(ctx) {
    return {
    // Stats page settings, cookie persistence and the balance algorithm come with the defaults
    // section too (HAProxy copies them), and are checked against the proxy's own mode.
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        if (!isNonHttpMode(p.mode) || !p.defaults || switchesToHttp(p)) continue;
        if (p.isBackend) {
          const data = { kind: p.kind, name: p.name ?? '', mode: p.mode };
          const { cookie, balance } = effectiveProxy(p);
          if (cookie && cookie.from !== p) reportSetting(ctx, p, cookie, 'inherited', { ...data, what: 'cookie' }, 'set here');
          const algorithm = balance?.statement.type === 'balance' ? balance.statement.algorithm?.value : undefined;
          if (balance && balance.from !== p && algorithm && L7_BALANCE.test(algorithm)) reportSetting(ctx, p, balance, 'inherited', { ...data, what: `balance ${algorithm}` }, 'set here');
        }
        if (p.statements.some(isStatsPage)) continue;
        let inherited = false;
        for (let d: Proxy | undefined = p.defaults; d && !inherited; d = d.defaults) inherited = d.statements.some(isStatsPage);
        if (inherited) ctx.report({ messageId: 'inheritedStats', data: { kind: p.kind, name: p.name ?? '', mode: p.mode }, range: p.section.name ?? p.section.keywordWord, doc: p.doc });
      }
    },
    statement(st, where) {
      const p = where.proxy;
      if (!p) return;
      // `observe layer7` is checked as its line is read, against the mode set so far (an alert
      // that HAProxy does not count as an error: the setting is dropped).
      if (st.type === 'server') {
        const observe = st.params.find((x) => x.name.value === 'observe' && x.value?.value === 'layer7');
        if (observe && modeAt(p, st.range.start) !== 'http') {
          ctx.report({ messageId: p.mode === 'http' ? 'modeLater' : 'ignored', data: { what: 'observe layer7', kind: p.kind, name: p.name ?? '', mode: p.mode }, range: observe.range });
        }
      }
      if (p.kind === 'defaults' || !isNonHttpMode(p.mode) || st.modifier === 'no') return;
      // A tcp frontend may switch to HTTP with `switch-mode http`, then HTTP rules apply.
      if (switchesToHttp(p)) return;
      let what: string | undefined;
      if (st.type === 'rule' && HTTP_RULESETS.has(st.ruleset)) what = st.ruleset;
      else if (st.type === 'option' && st.name && HTTP_OPTIONS.has(st.name.value)) what = `option ${st.name.value}`;
      else if (st.keyword === 'redirect' || st.keyword === 'capture' || st.keyword === 'monitor-uri') what = st.keyword;
      else if (isStatsPage(st)) what = `stats ${st.type === 'stats' ? st.sub!.value : ''}`;
      else if (st.type === 'cookie' && p.isBackend) what = 'cookie';
      else if (st.type === 'balance' && p.isBackend && st.algorithm && L7_BALANCE.test(st.algorithm.value)) what = `balance ${st.algorithm.value}`;
      else if (st.type === 'server' && st.keyword === 'server' && p.isBackend) {
        for (const param of st.params) {
          if (param.name.value === 'cookie') ctx.report({ messageId: 'ignored', data: { what: `cookie ${param.value?.value ?? ''}`.trim(), kind: p.kind, name: p.name ?? '', mode: p.mode }, range: param.range });
        }
      }
      if (what === undefined) return;
      ctx.report({ messageId: 'ignored', data: { what, kind: p.kind, name: p.name ?? '', mode: p.mode }, range: st.range });
    },
    };
  },
});
