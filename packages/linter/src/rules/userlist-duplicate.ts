import type { TextRange } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { lineOf } from '../util/ranges.js';

export default defineRule({
  id: 'userlist-duplicate',
  meta: {
    description: 'Warn about userlists, users and groups declared twice, which HAProxy ignores (keeping the first)',
    severity: 'warning',
    category: 'reference',
    fixable: false,
    haproxyWarning: true,
    messages: {
      section: "userlist '{{name}}' is declared again: HAProxy ignores this one and keeps the one at line {{line}}, so the users below are unknown",
      entry: "{{what}} '{{name}}' is declared again in userlist '{{list}}': HAProxy ignores this line and keeps the one at line {{line}}",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      const lists = ctx.config.symbols.get('userlist');
      if (!lists) return;
      for (const [name, nodes] of lists) {
        const first = nodes[0]!;
        const at = first.section.name!;
        for (const n of nodes.slice(1)) {
          ctx.report({ messageId: 'section', data: { name, line: lineOf(first.doc, at.start) }, range: n.section.name!, doc: n.doc, related: [{ message: 'first declared here', range: at, doc: first.doc }] });
        }
        // Users and groups of the kept (first) userlist.
        const seen = new Map<string, TextRange>();
        for (const st of first.statements) {
          if ((st.keyword !== 'user' && st.keyword !== 'group') || !st.args[0]) continue;
          const w = st.args[0];
          const key = `${st.keyword}\0${w.value}`;
          const prev = seen.get(key);
          if (!prev) {
            seen.set(key, w);
            continue;
          }
          ctx.report({ messageId: 'entry', data: { what: st.keyword, name: w.value, list: name, line: lineOf(first.doc, prev.start) }, range: w, doc: first.doc, related: [{ message: 'first declared here', range: prev, doc: first.doc }] });
        }
      }
    },
  }),
});
