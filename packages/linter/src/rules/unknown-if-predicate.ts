import { condPredicate } from '@hacfg/catalog';
import type { CondExpr } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'unknown-if-predicate',
  meta: {
    description: "Disallow '.if'/'.elif' predicates the target HAProxy does not know, and bare words that are not numbers",
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: {
      unknown: "unknown '.if' predicate '{{name}}()'",
      literal: "'{{value}}' is not a number or a predicate call: HAProxy cannot parse this condition",
    },
  },
  create(ctx) {
    const walk = (e: CondExpr): void => {
      switch (e.type) {
        case 'not':
          return walk(e.expr);
        case 'and':
        case 'or':
          walk(e.left);
          return walk(e.right);
        case 'call':
          if (!condPredicate(e.name, ctx.version)) ctx.report({ messageId: 'unknown', data: { name: e.name }, range: e.range });
          return;
        case 'literal':
          // Numbers and environment references (expanded before evaluation) are fine.
          if (!/^-?\d+$/.test(e.value.trim()) && !e.value.includes('$') && e.value.trim() !== '') ctx.report({ messageId: 'literal', data: { value: e.value }, range: e.range });
      }
    };
    return {
      conditional(st) {
        if (st.expr && (st.keyword === '.if' || st.keyword === '.elif')) walk(st.expr);
      },
    };
  },
});
