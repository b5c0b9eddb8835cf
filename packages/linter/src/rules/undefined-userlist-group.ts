import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'undefined-userlist-group',
  meta: {
    description: 'Disallow userlist users naming a group, and groups naming a user, that the userlist does not declare',
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: {
      group: "userlist '{{list}}': no such group '{{name}}' for user '{{user}}'",
      user: "userlist '{{list}}': no such user '{{name}}' in group '{{group}}'",
    },
  },
  create: (ctx) => ({
    section(node) {
      if (node.keyword !== 'userlist') return;
      const groups = new Set<string>();
      const users = new Set<string>();
      for (const st of node.statements) {
        if (st.keyword === 'group' && st.args[0]) groups.add(st.args[0].value);
        if (st.keyword === 'user' && st.args[0]) users.add(st.args[0].value);
      }
      const listed = (st: (typeof node.statements)[number], key: string, known: Set<string>, messageId: 'group' | 'user'): void => {
        const i = st.args.findIndex((w, j) => j > 0 && w.value === key);
        const w = i >= 0 ? st.args[i + 1] : undefined;
        if (!w || !w.plain) return;
        let offset = 0;
        for (const name of w.value.split(',')) {
          if (name !== '' && !known.has(name)) {
            const data = { list: node.name ?? '', name, user: st.args[0]?.value ?? '', group: st.args[0]?.value ?? '' };
            ctx.report({ messageId, data, range: { start: w.start + offset, end: w.start + offset + name.length } });
          }
          offset += name.length + 1;
        }
      };
      for (const st of node.statements) {
        if (st.keyword === 'user') listed(st, 'groups', groups, 'group');
        else if (st.keyword === 'group') listed(st, 'users', users, 'user');
      }
    },
  }),
});
