import { SECTIONS } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';
import { hint } from '../util/did-you-mean.js';

export default defineRule({
  id: 'unknown-section',
  meta: {
    description: 'Disallow section headers HAProxy does not know',
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: { unknown: "unknown section '{{name}}'{{hint}}" },
  },
  create: (ctx) => ({
    section(node) {
      if (node.section.known) return;
      const name = node.keyword;
      ctx.report({ messageId: 'unknown', data: { name, hint: hint(name, SECTIONS.map((s) => s.name)) }, range: node.section.keywordWord });
    },
  }),
});
