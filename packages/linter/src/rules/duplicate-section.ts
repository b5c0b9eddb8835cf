import { defineRule } from '../define-rule.js';
import { lineOf } from '../util/ranges.js';

/** Sections HAProxy refuses to declare twice under one name (userlists, only warned about, are userlist-duplicate's). */
const FATAL = new Set(['peers', 'resolvers', 'cache', 'mailers', 'http-errors', 'fcgi-app', 'ring']);

export default defineRule({
  id: 'duplicate-section',
  meta: {
    description: 'Disallow two peers, resolvers, cache, mailers, http-errors, fcgi-app or ring sections with the same name',
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: {
      duplicate: "{{kind}} section '{{name}}' has the same name as the one declared at line {{line}}",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const [kind, byName] of ctx.config.symbols) {
        if (!FATAL.has(kind)) continue;
        for (const [name, nodes] of byName) {
          const first = nodes[0]!;
          const at = first.section.name ?? first.section.keywordWord;
          for (const n of nodes.slice(1)) {
            const data = { kind, name, line: lineOf(first.doc, at.start) };
            ctx.report({ messageId: 'duplicate', data, range: n.section.name!, doc: n.doc, related: [{ message: 'first declared here', range: at, doc: first.doc }] });
          }
        }
      }
    },
  }),
});
