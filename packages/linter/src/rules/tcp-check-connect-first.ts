import type { CheckRuleStatement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

/** Steps HAProxy lets stand before the first `connect`. */
const META = new Set(['comment', 'set-var', 'unset-var']);

export default defineRule({
  id: 'tcp-check-connect-first',
  meta: {
    description: "Disallow 'tcp-check' steps before the first 'connect' of a ruleset that has one",
    severity: 'error',
    category: 'order',
    fixable: false,
    messages: {
      beforeConnect: "'tcp-check {{action}}' comes before the first 'tcp-check connect': HAProxy requires the first step to be 'connect' when the ruleset has one",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      // Defaults sections parse their own rules the same way.
      for (const p of ctx.config.proxies) {
        const steps = p.statements.filter((s): s is CheckRuleStatement => s.type === 'check-rule' && s.keyword === 'tcp-check' && s.action !== undefined && !META.has(s.action.value.split('(')[0]!));
        const first = steps[0];
        if (first && first.action!.value !== 'connect' && steps.some((s) => s.action!.value === 'connect')) {
          ctx.report({ messageId: 'beforeConnect', data: { action: first.action!.value }, range: first.action!, doc: p.doc });
        }
      }
    },
  }),
});
