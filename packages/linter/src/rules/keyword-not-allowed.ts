import { defineRule } from '../define-rule.js';
import { placement } from '../util/placement.js';
import { leadingWords } from '../util/ranges.js';
import { classify } from '../util/vocab.js';

export default defineRule({
  id: 'keyword-not-allowed',
  meta: {
    description: 'Disallow proxy keywords in sections where HAProxy rejects them',
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: {
      section: "'{{name}}' not allowed in '{{section}}' section",
      anonymous: "'{{name}}' not allowed in anonymous '{{section}}' section: give the defaults section a name",
      prefix: "'{{prefix}} {{name}}': HAProxy accepts 'no'/'default' in the global section only for log, busy-polling, set-dumpable, strict-limits, insecure-fork-wanted and numa-cpu-mapping",
    },
  },
  create: (ctx) => ({
    statement(st, where) {
      const node = where.node;
      if (node?.keyword === 'global') {
        const g = classify(st, 'global', ctx.version);
        if (g.kind === 'ok' && g.match.badPrefix) ctx.report({ messageId: 'prefix', data: { prefix: g.match.prefix ?? '', name: g.match.entry.name }, range: st.words[0]! });
        return;
      }
      if (!node || !where.proxy) return;
      const c = classify(st, node.keyword, ctx.version);
      if (c.kind !== 'ok') return;
      const p = placement(c.match, node.keyword, node.name !== undefined, ctx.version);
      if (p !== 'rejected' && p !== 'rejected-anonymous') return;
      ctx.report({ messageId: p === 'rejected' ? 'section' : 'anonymous', data: { name: c.match.entry.name, section: node.keyword }, range: leadingWords(st, c.match.consumed) });
    },
  }),
});
