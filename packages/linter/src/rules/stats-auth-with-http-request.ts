import type { Proxy } from '@hacfg/model';
import type { Document, StatsStatement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { lineOf } from '../util/ranges.js';

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
  create: (ctx) => {
    // Only a proxy's own lines meet: its first `stats` line detaches it from the defaults' page, and defaults cannot hold `stats http-request`.
    const seen = new Map<Proxy, { auth?: StatsStatement; rule?: StatsStatement; doc: Document }>();
    return {
      stats(st, where) {
        const p = where.proxy;
        const sub = st.sub?.value;
        if (!p || p.kind === 'defaults' || st.modifier !== undefined || (sub !== 'auth' && sub !== 'realm' && sub !== 'http-request')) return;
        let e = seen.get(p);
        if (!e) seen.set(p, (e = { doc: where.doc }));
        if (sub === 'http-request') e.rule ??= st;
        else e.auth ??= st;
      },
      'config:exit'() {
        for (const [p, { auth, rule, doc }] of seen) {
          if (!auth || !rule) continue;
          ctx.report({
            messageId: 'conflict',
            data: { auth: auth.sub!.value, line: lineOf(doc, auth.range.start), kind: p.kind, name: p.name ?? '' },
            range: rule.sub!,
            doc,
            related: [{ message: `'stats ${auth.sub!.value}' line`, range: auth.range, doc }],
          });
        }
      },
    };
  },
});
