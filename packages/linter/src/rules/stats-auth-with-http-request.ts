import type { Statement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { lineOf } from '../util/ranges.js';

type Stats = Extract<Statement, { type: 'stats' }>;

export default defineRule({
  id: 'stats-auth-with-http-request',
  meta: {
    description: "Disallow 'stats auth'/'stats realm' beside 'stats http-request' rules in one proxy, which HAProxy refuses",
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      conflict: "'stats {{auth}}' (line {{line}}) and 'stats http-request' cannot be used together in {{kind}} '{{name}}': express the authentication as 'stats http-request auth'",
    },
  },
  create: (ctx) => ({
    section(node) {
      const p = ctx.config.proxyOf(node.section);
      // Only a proxy's own lines meet: its first `stats` line detaches it from the defaults' page, and defaults cannot hold `stats http-request`.
      if (!p || p.kind === 'defaults') return;
      let auth: Stats | undefined;
      let rule: Stats | undefined;
      for (const s of p.statements) {
        if (s.type !== 'stats' || s.modifier !== undefined) continue;
        const sub = s.sub?.value;
        if (!auth && (sub === 'auth' || sub === 'realm')) auth = s;
        else if (!rule && sub === 'http-request') rule = s;
      }
      if (!auth || !rule) return;
      ctx.report({
        messageId: 'conflict',
        data: { auth: auth.sub!.value, line: lineOf(node.doc, auth.range.start), kind: p.kind, name: p.name ?? '' },
        range: rule.sub!,
        related: [{ message: `'stats ${auth.sub!.value}' line`, range: auth.range }],
      });
    },
  }),
});
