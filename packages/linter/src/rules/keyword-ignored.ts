import { defineRule } from '../define-rule.js';
import { placement } from '../util/placement.js';
import { leadingWords } from '../util/ranges.js';
import { classify } from '../util/vocab.js';

export default defineRule({
  id: 'keyword-ignored',
  meta: {
    description: 'Disallow frontend-only keywords in backends and backend-only keywords in frontends, which HAProxy ignores',
    severity: 'warning',
    category: 'vocabulary',
    fixable: false,
    haproxyWarning: true,
    messages: { ignored: "'{{name}}' ignored because {{section}} '{{proxy}}' has no {{cap}} capability" },
  },
  create: (ctx) => ({
    statement(st, where) {
      const node = where.node;
      if (!node || !where.proxy) return;
      const c = classify(st, node.keyword, ctx.version);
      if (c.kind !== 'ok') return;
      if (placement(c.match, node.keyword, node.name !== undefined, ctx.version) !== 'ignored') return;
      const cap = node.keyword === 'frontend' ? 'backend' : 'frontend';
      ctx.report({ messageId: 'ignored', data: { name: c.match.entry.name, section: node.keyword, proxy: node.name ?? '', cap }, range: leadingWords(st, c.match.consumed) });
    },
  }),
});
