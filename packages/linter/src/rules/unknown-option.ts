import { subKeywords } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';
import { hint } from '../util/did-you-mean.js';
import { classify } from '../util/vocab.js';

export default defineRule({
  id: 'unknown-option',
  meta: {
    description: "Disallow 'option' names HAProxy does not know",
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: { unknown: "unknown option '{{name}}'{{hint}}" },
  },
  create: (ctx) => ({
    option(st, where) {
      if (!where.proxy || !st.name || classify(st, where.node!.keyword, ctx.version).kind !== 'unknown') return;
      const name = st.name.value;
      ctx.report({ messageId: 'unknown', data: { name, hint: hint(name, subKeywords('option', ctx.version)) }, range: st.name });
    },
  }),
});
