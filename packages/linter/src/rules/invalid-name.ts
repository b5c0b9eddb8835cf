import { expandsEnv, type Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { INVALID_NAME_CHAR } from '../util/names.js';

export default defineRule({
  id: 'invalid-name',
  meta: {
    description: 'Disallow characters other than letters, digits, `-`, `_`, `.` and `:` in server, server-template prefix, peer, mailer and ACL names',
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: { char: "character '{{char}}' is not permitted in {{what}} '{{name}}'" },
  },
  create: (ctx) => {
    const check = (w: Word | undefined, what: string): void => {
      // A variable is expanded inside double quotes only: an unquoted `$` is part of the name.
      if (!w || w.value === '' || expandsEnv(w)) return;
      const m = INVALID_NAME_CHAR.exec(w.value);
      if (m) ctx.report({ messageId: 'char', data: { char: m[0], what, name: w.value }, range: w });
    };
    return {
      server(st, where) {
        const section = where.node?.keyword;
        if (st.modifier !== undefined || st.keyword === 'default-server' || (!where.proxy && section !== 'peers') || section === 'defaults') return;
        check(st.name, st.keyword === 'server-template' ? 'server-template prefix' : 'server name');
      },
      acl(st, where) {
        if (where.proxy) check(st.name, 'acl name');
      },
      'keyword:peer'(st, where) {
        if (where.node?.keyword === 'peers' && st.modifier === undefined) check(st.args[0], 'peer name');
      },
      'keyword:mailer'(st, where) {
        if (where.node?.keyword === 'mailers' && st.modifier === undefined && st.args.length > 1) check(st.args[0], 'server name');
      },
    };
  },
});
