import type { Proxy } from '@hacfg/model';
import { defineRule } from '../define-rule.js';

/** Options HAProxy 2.6 drops with a warning outside HTTP mode (cfg_opts entries marked HTTP, plus originalto); httplog and forwardfor are http-option-in-tcp's. */
const HTTP_OPTIONS = new Set([
  'checkcache', 'http-buffer-request', 'http-ignore-probes', 'idle-close-on-response', 'prefer-last-server', 'accept-invalid-http-request',
  'accept-invalid-http-response', 'http-use-proxy-header', 'http-pretend-keepalive', 'http-no-delay', 'h1-case-adjust-bogus-client',
  'h1-case-adjust-bogus-server', 'disable-h2-upgrade', 'originalto',
]);
const HTTP_RULESETS = new Set(['http-request', 'http-response', 'http-after-response']);
/** Balance algorithms that hash layer-7 data: in tcp mode HAProxy falls back to round robin. */
const L7_BALANCE = /^(uri|url_param|hdr\()/;

/** The mode in effect when HAProxy reads the line at `offset`: the proxy's last `mode` line above it, else its defaults'. */
function modeAt(p: Proxy, offset: number): string {
  let mode: string | undefined;
  for (const st of p.statements) {
    if (st.range.start >= offset) break;
    if (st.type === 'mode' && st.value) mode = st.value.value;
  }
  return mode ?? p.defaults?.mode ?? 'tcp';
}

export default defineRule({
  id: 'http-only-in-tcp',
  meta: {
    description: 'Warn about HTTP-only rules, options and statements in a proxy whose mode is tcp, which HAProxy ignores',
    severity: 'warning',
    category: 'mode',
    fixable: false,
    messages: {
      ignored: "'{{what}}' is ignored in {{kind}} '{{name}}': it requires 'mode http' (the proxy is in mode tcp)",
      modeLater: "'{{what}}' is ignored in {{kind}} '{{name}}': HAProxy checks it against the mode in effect at this line, and 'mode http' only comes later",
    },
  },
  create(ctx) {
    const upgrades = new WeakMap<object, boolean>();
    return {
    statement(st, where) {
      const p = where.proxy;
      if (!p) return;
      // `observe layer7` is checked as its line is read, against the mode set so far (an alert
      // that HAProxy does not count as an error: the setting is dropped).
      if (st.type === 'server') {
        const observe = st.params.find((x) => x.name.value === 'observe' && x.value?.value === 'layer7');
        if (observe && modeAt(p, st.range.start) !== 'http') {
          ctx.report({ messageId: p.mode === 'http' ? 'modeLater' : 'ignored', data: { what: 'observe layer7', kind: p.kind, name: p.name ?? '' }, range: observe.range });
        }
      }
      if (p.kind === 'defaults' || p.mode !== 'tcp' || st.modifier === 'no') return;
      // A tcp frontend may switch to HTTP with `switch-mode http`, then HTTP rules apply.
      let up = upgrades.get(p);
      if (up === undefined) upgrades.set(p, (up = p.statements.some((s) => s.type === 'rule' && s.action?.value === 'switch-mode')));
      if (up) return;
      let what: string | undefined;
      if (st.type === 'rule' && HTTP_RULESETS.has(st.ruleset)) what = st.ruleset;
      else if (st.type === 'option' && st.name && HTTP_OPTIONS.has(st.name.value)) what = `option ${st.name.value}`;
      else if (st.keyword === 'redirect' || st.keyword === 'capture' || st.keyword === 'monitor-uri') what = st.keyword;
      else if (st.type === 'stats' && p.isFrontend && ['enable', 'uri', 'auth', 'realm', 'admin'].includes(st.sub?.value ?? '')) what = `stats ${st.sub!.value}`;
      else if (st.type === 'cookie' && p.isBackend) what = 'cookie';
      else if (st.type === 'balance' && p.isBackend && st.algorithm && L7_BALANCE.test(st.algorithm.value)) what = `balance ${st.algorithm.value}`;
      else if (st.type === 'server' && st.keyword === 'server' && p.isBackend) {
        for (const param of st.params) {
          if (param.name.value === 'cookie') ctx.report({ messageId: 'ignored', data: { what: `cookie ${param.value?.value ?? ''}`.trim(), kind: p.kind, name: p.name ?? '' }, range: param.range });
        }
      }
      if (what === undefined) return;
      ctx.report({ messageId: 'ignored', data: { what, kind: p.kind, name: p.name ?? '' }, range: st.range });
    },
    };
  },
});
