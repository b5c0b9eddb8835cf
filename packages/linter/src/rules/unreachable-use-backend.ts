import type { BackendRuleStatement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { lineOf } from '../util/ranges.js';

export default defineRule({
  id: 'unreachable-use-backend',
  meta: {
    description: 'Warn about use_backend rules that can never match because an earlier unconditional use_backend always does',
    severity: 'warning',
    category: 'order',
    fixable: false,
    messages: { unreachable: "this use_backend is never reached: the unconditional 'use_backend {{target}}' at line {{line}} always matches first" },
  },
  create: (ctx) => ({
    section(node) {
      const p = ctx.config.proxyOf(node.section);
      if (!p || !p.isFrontend || p.kind === 'defaults') return;
      let first: BackendRuleStatement | undefined;
      for (const st of node.statements) {
        if (st.type !== 'backend-rule' || st.keyword !== 'use_backend') continue;
        if (first) {
          ctx.report({
            messageId: 'unreachable',
            data: { target: first.target?.value ?? '', line: lineOf(node.doc, first.range.start) },
            range: st.range,
            related: [{ message: 'always matches', range: first.range }],
          });
        } else if (!st.condition && st.target) first = st;
      }
    },
  }),
});
