import { compareVersions, fetchSources, formerLogFormatVariable, logFormatVariable, logFormatVariableNames } from '@hacfg/catalog';
import type { LogFormatPart } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { closest } from '../util/did-you-mean.js';
import { formatVisitors, type FormatRead } from '../util/formats.js';
import { switchesToHttp } from '../util/modes.js';

export default defineRule({
  id: 'invalid-log-format',
  meta: {
    description: 'Disallow log-format strings HAProxy refuses: unknown %variables, HTTP-only ones outside HTTP mode, a stray %, unclosed %[ or %{',
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      unknown: "unknown log-format variable '%{{name}}'{{hint}}",
      httpOnly: "log-format variable '%{{name}}' needs HTTP mode, but {{kind}} '{{proxy}}' is in {{mode}} mode",
      malformed: '{{message}}',
      unclosed: "the '%[' expression is not closed: add ']'",
      httpFetch: "sample fetch '{{name}}' reads HTTP, which HAProxy 3.0 refuses in a format of {{kind}} '{{proxy}}' ({{mode}} mode)",
    },
  },
  create(ctx) {
    const names = logFormatVariableNames(ctx.version);
    // %(name) field names: 3.0+; earlier releases read '%(' as text.
    const labels = compareVersions(ctx.version, '3.0') >= 0;
    // From 3.1 an HTTP-only variable outside HTTP mode is only a diagnostic (-dD).
    const refusesHttpOnly = compareVersions(ctx.version, '3.1') < 0;
    // 3.0 refuses a format that makes a non-HTTP proxy log request or response data
    // (lf_expr_postcheck()): %ST and %rt too, and fetches that read HTTP; not in a use_backend
    // name, nor in a proxy that may switch to HTTP (`switch-mode http`). 3.1 made it a diagnostic.
    const in30 = ctx.version === '3.0';
    const httpOnlyIn30 = new Set(['ST', 'rt']);
    const readsHttp = (fetch: string): boolean => fetchSources(fetch, ctx.version)?.some((s) => s.startsWith('HRQ') || s.startsWith('HRS')) === true;
    const hintFor = (name: string): string => {
      const former = formerLogFormatVariable(name);
      if (former?.replacement && !logFormatVariable(name, ctx.version)) return ` (HAProxy ${former.removedIn} dropped this 2.4 spelling: write '%${former.replacement}')`;
      const c = closest(name, names);
      return c ? `; did you mean '%${c}'?` : '';
    };
    const check = (parts: readonly LogFormatPart[], nonHttp: FormatRead['nonHttp'], switching: boolean): void => {
      const strict30 = in30 && nonHttp !== undefined && !switching && !switchesToHttp(nonHttp.proxy);
      for (const p of parts) {
        if (p.type === 'literal') continue;
        if (p.type === 'error') {
          if (p.code !== 'label' || labels) ctx.report({ messageId: 'malformed', data: { message: p.message }, range: p.range });
          continue;
        }
        if (p.label !== undefined && !labels) continue;
        if (p.type === 'expr') {
          if (!p.closed) ctx.report({ messageId: 'unclosed', range: p.range });
          else if (strict30 && nonHttp && !p.expr.error && readsHttp(p.expr.fetch.name)) ctx.report({ messageId: 'httpFetch', data: { name: p.expr.fetch.name, kind: nonHttp.proxy.kind, proxy: nonHttp.proxy.name ?? '', mode: nonHttp.mode }, range: p.expr.fetch.nameRange });
          continue;
        }
        const v = logFormatVariable(p.name, ctx.version);
        const range = p.nameRange;
        if (!v) ctx.report({ messageId: 'unknown', data: { name: p.name, hint: hintFor(p.name) }, range });
        else if ((v.httpOnly || (strict30 && httpOnlyIn30.has(p.name))) && nonHttp && refusesHttpOnly) ctx.report({ messageId: 'httpOnly', data: { name: p.name, kind: nonHttp.proxy.kind, proxy: nonHttp.proxy.name ?? '', mode: nonHttp.mode }, range });
      }
    };
    return formatVisitors(ctx, (f, _where, st) => check(f.parts, f.nonHttp, st.type === 'backend-rule'));
  },
});
