import { EVAL_POINT_NAMES, fetchEvalPoints } from '@hacfg/catalog';
import { actionSamplesOf } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { evalPoints } from '../util/eval-points.js';

export default defineRule({
  id: 'fetch-not-available',
  meta: {
    description: 'Disallow rule actions that read a sample fetch HAProxy cannot provide where the rule runs (a response header in a request rule, a payload at connection time, …)',
    severity: 'error',
    category: 'order',
    fixable: false,
    messages: {
      unavailable: "'{{fetch}}' is not available in a {{where}}: HAProxy refuses an action that reads it here",
    },
  },
  create: (ctx) => ({
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
