import { samplesOf } from '@hacfg/model';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'invalid-sample-expression',
  meta: {
    description: "Disallow sample expressions HAProxy cannot read: an argument list without its ')', text after a ')' that is not a comma, a missing fetch or converter name",
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      invalid: "sample expression '{{text}}': {{error}}; HAProxy refuses the line",
    },
  },
  create: (ctx) => ({
    statement(st, where) {
      const source = where.doc.text;
      for (const expr of samplesOf(st, source)) {
        if (expr.error === undefined) continue;
        ctx.report({ messageId: 'invalid', data: { text: source.slice(expr.range.start, expr.range.end), error: expr.error }, range: expr.range });
      }
    },
  }),
});
