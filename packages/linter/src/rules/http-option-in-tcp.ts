import { effectiveProxy } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { logFormatOf } from '../util/log-format.js';
import { isNonHttpMode } from '../util/modes.js';
import { span } from '../util/ranges.js';

export default defineRule({
  id: 'http-option-in-tcp',
  meta: {
    description: "Warn about 'option httplog', 'option httpslog' and 'option forwardfor' in proxies whose mode is not http (tcp, log, spop), where HAProxy ignores them",
    severity: 'warning',
    category: 'mode',
    fixable: false,
    haproxyWarning: true,
    messages: {
      httplog: "'option httplog' in {{MODE}} {{proxy}} '{{name}}' needs 'mode http': HAProxy falls back to 'option tcplog'",
      httpslog: "'option httpslog' in {{MODE}} {{proxy}} '{{name}}' needs 'mode http': HAProxy falls back to 'option tcplog'",
      forwardfor: "'option forwardfor' in TCP {{proxy}} '{{name}}' is ignored: a TCP proxy cannot add headers; use 'send-proxy' on the servers to pass the client address",
      forwardforOther: "'option forwardfor' in {{MODE}} {{proxy}} '{{name}}' is ignored: it requires 'mode http'",
      inherited: "{{MODE}} {{proxy}} '{{name}}' inherits 'option {{option}}' from its defaults section, where it requires HTTP mode and is ignored here",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        if (!isNonHttpMode(p.mode)) continue;
        const eff = effectiveProxy(p);
        for (const option of ['httplog', 'httpslog', 'forwardfor'] as const) {
          const o = eff.options.get(option);
          const logFormat = option !== 'forwardfor';
          // Log formats are frontend settings: backends never use them.
          if (!o?.enabled || (logFormat && !p.isFrontend)) continue;
          // A later `option tcplog` or `log-format` replaces the format: it is then not in effect.
          if (logFormat && logFormatOf(p)?.statement !== o.statement) continue;
          const data = { proxy: p.kind, name: p.name ?? '', option, MODE: p.mode.toUpperCase() };
          const messageId = option === 'forwardfor' && p.mode !== 'tcp' ? 'forwardforOther' : option;
          if (o.from === p) ctx.report({ messageId, data, range: span(o.statement.keywordWord, o.statement.name!), doc: p.doc });
          else ctx.report({ messageId: 'inherited', data, range: p.modeSetting?.from.section === p.section ? p.modeSetting.statement.range : (p.section.name ?? p.section.keywordWord), doc: p.doc, related: [{ message: 'set here', range: o.statement.range, doc: o.from.doc }] });
        }
      }
    },
  }),
});
