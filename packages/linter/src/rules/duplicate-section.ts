import { defineRule } from '../define-rule.js';

/** Sections HAProxy refuses to declare twice under one name; it only warns for userlists (keeping the first). */
const FATAL = new Set(['peers', 'resolvers', 'cache', 'mailers', 'http-errors', 'fcgi-app', 'ring']);

export default defineRule({
  id: 'duplicate-section',
  meta: {
    description: 'Disallow two peers, resolvers, cache, mailers, http-errors, fcgi-app, ring or userlist sections with the same name',
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: {
      duplicate: "{{kind}} section '{{name}}' has the same name as the one declared at line {{line}}",
      ignored: "userlist '{{name}}' is declared again: HAProxy ignores this one and keeps the one at line {{line}}",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const [kind, byName] of ctx.config.symbols) {
        if (!FATAL.has(kind) && kind !== 'userlist') continue;
        for (const [name, nodes] of byName) {
          const first = nodes[0]!;
          const at = first.section.name ?? first.section.keywordWord;
          for (const n of nodes.slice(1)) {
            const data = { kind, name, line: first.doc.lineIndex.positionAt(at.start).line + 1 };
            ctx.report({ messageId: kind === 'userlist' ? 'ignored' : 'duplicate', data, range: n.section.name!, doc: n.doc, related: [{ message: 'first declared here', range: at, doc: first.doc }] });
          }
        }
      }
    },
  }),
});
