import { compareVersions } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';
import { clashReport, nameClashes } from '../util/proxy-names.js';

export default defineRule({
  id: 'duplicate-proxy-name',
  meta: {
    description: 'Disallow two proxies with the same name and a shared capability (frontend or backend); from HAProxy 3.3, any two proxies or a proxy and a named defaults section with the same name',
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: {
      duplicate: "{{kind}} '{{name}}' has the same name as {{other}} '{{name}}' declared at line {{line}}",
      shared: "{{kind}} '{{name}}' has the same name as {{other}} '{{name}}' declared at line {{line}}: HAProxy refuses this from 3.3; rename one or the other",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      const refused33 = compareVersions(ctx.version, '3.3') >= 0;
      for (const c of nameClashes(ctx.config, ctx.version)) {
        if (c.kind === 'name' && !refused33) continue;
        ctx.report({ messageId: c.kind === 'capability' ? 'duplicate' : 'shared', ...clashReport(c) });
      }
    },
  }),
});
