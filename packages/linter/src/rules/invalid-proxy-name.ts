import { expandsEnv } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { INVALID_NAME_CHAR } from '../util/names.js';

const NAMED = new Set(['frontend', 'backend', 'listen', 'defaults', 'userlist', 'peers', 'resolvers', 'mailers', 'ring', 'cache', 'http-errors', 'fcgi-app']);

export default defineRule({
  id: 'invalid-proxy-name',
  meta: {
    description: 'Disallow characters other than letters, digits, `-`, `_`, `.` and `:` in section names',
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: { char: "character '{{char}}' is not permitted in '{{section}}' name '{{name}}'" },
  },
  create: (ctx) => ({
    section(node) {
      const w = node.section.name;
      // A variable is expanded inside double quotes only: an unquoted `$` is part of the name.
      if (!w || !NAMED.has(node.keyword) || expandsEnv(w)) return;
      const m = INVALID_NAME_CHAR.exec(w.value);
      if (m) ctx.report({ messageId: 'char', data: { char: m[0], section: node.keyword, name: w.value }, range: w });
    },
  }),
});
