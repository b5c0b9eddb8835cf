import { EVAL_POINT_NAMES, fetchEvalPoints, readsIntegerOrExpression, type EvalPoint } from '@hacfg/catalog';
import { actionSamplesOf, formatSamplesOf, samplesOf } from '@hacfg/model';
import type { SampleExpr } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { evalPoints, onSides } from '../util/eval-points.js';
import { formatsRead } from '../util/formats.js';

export default defineRule({
  id: 'fetch-not-available',
  meta: {
    description: 'Disallow rule actions and log formats that read a sample fetch HAProxy cannot provide where they run (a response header in a request rule, request headers in a log line, a payload at connection time, …)',
    severity: 'error',
    category: 'order',
    fixable: false,
    messages: {
      unavailable: "'{{fetch}}' is not available in a {{where}}: HAProxy refuses an action that reads it here",
      unavailableInFormat: "'{{fetch}}' is not available {{where}}: HAProxy refuses this '{{keyword}}'",
    },
  },
  create: (ctx) => {
    /** The fetches of `exprs` that none of `points` can provide. */
    const unavailable = (exprs: readonly SampleExpr[], points: readonly EvalPoint[]): SampleExpr[] =>
      exprs.filter((expr) => {
        if (expr.error !== undefined) return false;
        const at = fetchEvalPoints(expr.fetch.name, ctx.version);
        return at !== undefined && !points.some((x) => at.has(x));
      });
    const reportFormat = (exprs: readonly SampleExpr[], points: readonly EvalPoint[], where: string, keyword: string): void => {
      for (const expr of unavailable(exprs, points)) ctx.report({ messageId: 'unavailableInFormat', data: { fetch: expr.fetch.name, where, keyword }, range: expr.fetch.nameRange });
    };
    return {
      // Proxy-level formats are compiled for log time, except unique-id-format (request headers).
      'log-format'(st, where) {
        const p = where.proxy;
        if (!p) return;
        const exprs = formatsRead(st, where, ctx.config, ctx.version).flatMap((f) => f.parts.flatMap((x) => (x.type === 'expr' ? [x.expr] : [])));
        if (exprs.length === 0) return;
        if (st.keyword !== 'unique-id-format') return reportFormat(exprs, ['FE_LOG_END'], 'when the log line is written', st.keyword);
        reportFormat(exprs, onSides(p, 'FE_HRQ_HDR', 'BE_HRQ_HDR'), 'when the request headers are read', st.keyword);
      },
      // Health-check formats and status-code read the check's response; a switching rule's name, the request headers.
      'check-rule'(st, where) {
        if (!where.proxy || st.modifier !== undefined) return;
        // HAProxy reads no condition on a check rule: its samples are its formats' and status-code's (memoised).
        reportFormat(samplesOf(st, where.doc.text, ctx.version), ['BE_CHK_RUL'], 'in a health check', `${st.keyword} ${st.action?.value ?? ''}`.trim());
      },
      'backend-rule'(st, where) {
        // The name's samples only: the condition runs elsewhere (FE_SET_BCK / BE_SET_SRV).
        if (!where.proxy || !st.dynamic) return;
        reportFormat(formatSamplesOf(st, where.doc.text), ['FE_HRQ_HDR'], `when a '${st.keyword}' name is built`, st.keyword);
      },
      'keyword:on'(st, where) {
        if (where.node?.keyword === 'log-profile') reportFormat(samplesOf(st, where.doc.text, ctx.version), ['FE_LOG_END'], 'when the log line is written', 'on');
      },
      rule(st, where) {
        const p = where.proxy;
        // Rules of (named) defaults sections are checked there too, against both sides.
        if (!p || st.modifier !== undefined) return;
        const samples = actionSamplesOf(st, where.doc.text, ctx.version);
        if (samples.length === 0) return;
        // A mark/TOS expression is checked as read with the request headers, whatever the ruleset (tcp_parse_set_mark/_tos()).
        const points = st.action && readsIntegerOrExpression(st.action.value, ctx.version) ? onSides(p, 'FE_HRQ_HDR', 'BE_HRQ_HDR') : evalPoints(st, p);
        if (!points) return;
        for (const expr of unavailable(samples, points)) ctx.report({ messageId: 'unavailable', data: { fetch: expr.fetch.name, where: points.map((x) => EVAL_POINT_NAMES[x]).join(' or ') }, range: expr.fetch.nameRange });
      },
    };
  },
});
