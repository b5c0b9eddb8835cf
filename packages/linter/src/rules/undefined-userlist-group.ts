import { forEachAclBody } from '@hacfg/model';
import type { SectionNode } from '@hacfg/model';
import type { AclBody, Document, Statement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import type { Where } from '../types.js';

/** The groups a userlist section declares with `group <name>`. */
function declaredGroups(node: SectionNode): Set<string> {
  const groups = new Set<string>();
  for (const st of node.statements) if (st.keyword === 'group' && st.args[0]) groups.add(st.args[0].value);
  return groups;
}

export default defineRule({
  id: 'undefined-userlist-group',
  meta: {
    description: "Disallow userlist users naming a group, and groups naming a user, that the userlist does not declare, and http_auth_group() ACLs without groups or with groups the userlist lacks",
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: {
      group: "userlist '{{list}}': no such group '{{name}}' for user '{{user}}'",
      user: "userlist '{{list}}': no such user '{{name}}' in group '{{group}}'",
      aclGroup: "http_auth_group({{list}}): userlist '{{list}}' has no group '{{name}}'",
      aclNoGroup: "http_auth_group({{list}}) needs the groups to accept as patterns: with none, HAProxy refuses the ACL",
    },
  },
  create: (ctx) => {
    // http_auth_group() ACLs of proxies, checked once every userlist is known (acl_find_targets()).
    const uses: { acl: AclBody; list: string; doc: Document }[] = [];
    // Most configurations never name the fetch: one text search spares visiting every statement.
    const named = ctx.config.docs.some((d) => d.text.includes('http_auth_group'));
    return {
      section(node) {
        if (node.keyword !== 'userlist') return;
        const groups = declaredGroups(node);
        const users = new Set<string>();
        for (const st of node.statements) if (st.keyword === 'user' && st.args[0]) users.add(st.args[0].value);
        const listed = (st: Statement, key: string, known: Set<string>, messageId: 'group' | 'user'): void => {
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
      ...(named && {
        statement(st: Statement, where: Where): void {
          if (!where.proxy || where.proxy.kind === 'defaults' || st.modifier !== undefined) return;
          forEachAclBody(st, (acl) => {
            const call = acl.criterion?.fetch;
            const list = call?.name === 'http_auth_group' ? call.args?.[0]?.value : undefined;
            if (list !== undefined && list !== '' && !list.includes('$')) uses.push({ acl, list, doc: where.doc });
          });
        },
      }),
      'config:exit'() {
        const groupsOf = new Map<string, Set<string> | undefined>();
        for (const { acl, list, doc } of uses) {
          // Patterns from files or the environment are unknown here.
          if (acl.flags.some((f) => f.flag.value === '-f' || f.flag.value === '-M') || acl.patterns.some((w) => w.value.includes('$'))) continue;
          if (acl.patterns.length === 0) {
            ctx.report({ messageId: 'aclNoGroup', data: { list }, range: acl.criterionWord!, doc });
            continue;
          }
          if (!groupsOf.has(list)) {
            const nodes = ctx.config.symbols.get('userlist')?.get(list);
            // An undefined userlist is undefined-reference's; a duplicated one is userlist-duplicate's.
            groupsOf.set(list, nodes?.length === 1 ? declaredGroups(nodes[0]!) : undefined);
          }
          const groups = groupsOf.get(list);
          if (!groups) continue;
          for (const w of acl.patterns) if (!groups.has(w.value)) ctx.report({ messageId: 'aclGroup', data: { list, name: w.value }, range: w, doc });
        }
      },
    };
  },
});
