import { subKeywords } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';
import { hint } from '../util/did-you-mean.js';
import { classify } from '../util/vocab.js';

export default defineRule({
  id: 'unknown-timeout',
  meta: {
    description: "Disallow 'timeout' names HAProxy does not know",
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: { unknown: "unknown timeout '{{name}}'{{hint}}" },
  },
  create: (ctx) => ({
    timeout(st, where) {
      if (!where.proxy || !st.name || classify(st, where.node!.keyword, ctx.version).kind !== 'unknown') return;
      const name = st.name.value;
      ctx.report({ messageId: 'unknown', data: { name, hint: hint(name, subKeywords('timeout', ctx.version)) }, range: st.name });
    },
  }),
});
