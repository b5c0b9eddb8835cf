import { EVAL_POINT_NAMES, fetchEvalPoints, type EvalPoint } from '@hacfg/catalog';
import { actionSamplesOf } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { evalPoints } from '../util/eval-points.js';
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
  create: (ctx) => ({
    // Proxy-level formats are compiled for log time, except unique-id-format (request headers).
    'log-format'(st, where) {
      const p = where.proxy;
      if (!p) return;
      const exprs = formatsRead(st, where, ctx.config, ctx.version).flatMap((f) => f.parts.flatMap((x) => (x.type === 'expr' && x.expr.error === undefined ? [x.expr] : [])));
      if (exprs.length === 0) return;
      const points: readonly EvalPoint[] =
        st.keyword !== 'unique-id-format' ? ['FE_LOG_END'] : p.kind === 'defaults' ? ['FE_HRQ_HDR', 'BE_HRQ_HDR'] : [...(p.isFrontend ? ['FE_HRQ_HDR' as const] : []), ...(p.isBackend ? ['BE_HRQ_HDR' as const] : [])];
      for (const expr of exprs) {
        const at = fetchEvalPoints(expr.fetch.name, ctx.version);
        if (!at || points.some((x) => at.has(x))) continue;
        const whereText = st.keyword === 'unique-id-format' ? 'when the request headers are read' : 'when the log line is written';
        ctx.report({ messageId: 'unavailableInFormat', data: { fetch: expr.fetch.name, where: whereText, keyword: st.keyword }, range: expr.fetch.nameRange });
      }
    },
    rule(st, where) {
      const p = where.proxy;
      // Rules of (named) defaults sections are checked there too, against both sides.
      if (!p || st.modifier !== undefined) return;
      const samples = actionSamplesOf(st, where.doc.text);
      if (samples.length === 0) return;
      const points = evalPoints(st, p);
      if (!points) return;
      for (const expr of samples) {
        if (expr.error !== undefined) continue;
        const at = fetchEvalPoints(expr.fetch.name, ctx.version);
        if (!at || points.some((x) => at.has(x))) continue;
        ctx.report({ messageId: 'unavailable', data: { fetch: expr.fetch.name, where: points.map((x) => EVAL_POINT_NAMES[x]).join(' or ') }, range: expr.fetch.nameRange });
      }
    },
  }),
});
