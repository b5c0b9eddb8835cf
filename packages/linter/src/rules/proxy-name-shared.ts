import { defineRule } from '../define-rule.js';
import { clashReport, nameClashes } from '../util/proxy-names.js';

export default defineRule({
  id: 'proxy-name-shared',
  meta: {
    description: 'Warn about proxies (or a proxy and a named defaults section) that share a name without sharing a capability: HAProxy 3.1 and 3.2 warn, 3.3 refuses',
    severity: 'warning',
    category: 'version',
    fixable: false,
    versions: { since: '3.1', until: '3.3' },
    messages: {
      shared: "{{kind}} '{{name}}' has the same name as {{other}} '{{name}}' declared at line {{line}}: HAProxy 3.3 and later refuse this; rename one or the other",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const c of nameClashes(ctx.config, ctx.version)) {
        if (c.kind !== 'name') continue;
        ctx.report({ messageId: 'shared', ...clashReport(c) });
      }
    },
  }),
});
