import { samplesOf } from '@hacfg/model';
import { expandsEnv, type Statement, type Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
const wordAt = (st: Statement, offset: number): Word | undefined => st.words.find((w) => w.start <= offset && offset < w.end);

export default defineRule({
  id: 'invalid-sample-expression',
  meta: {
    description: "Disallow sample expressions HAProxy cannot read: an argument list without its ')', text after a ')' that is not a comma, a missing fetch or converter name (an unquoted `$VAR` is no fetch)",
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
      for (const expr of samplesOf(st, source, ctx.version)) {
        // is_idchar() has no '$': an unexpanded `$VAR` (unquoted, as written) leaves no fetch name.
        const word = expr.error === undefined && expr.fetch.name.startsWith('$') ? wordAt(st, expr.range.start) : undefined;
        const error = expr.error ?? (word && !expandsEnv(word) ? 'missing fetch name (environment variables are expanded only inside double quotes)' : undefined);
        if (error === undefined) continue;
        ctx.report({ messageId: 'invalid', data: { text: source.slice(expr.range.start, expr.range.end), error }, range: expr.range });
      }
    },
  }),
});
