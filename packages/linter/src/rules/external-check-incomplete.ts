import { defineRule } from '../define-rule.js';
import { externalCheckProxies, reportAtOption } from '../util/external-check.js';
import { lastAlongChain } from '../util/inherited.js';

export default defineRule({
  id: 'external-check-incomplete',
  meta: {
    description: "Disallow 'option external-check' without 'external-check' in the global section or without an 'external-check command', which HAProxy refuses",
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: {
      noGlobal: "{{kind}} '{{name}}' uses 'option external-check' but the global section has no 'external-check' line: HAProxy refuses to start",
      noCommand: "{{kind}} '{{name}}' uses 'option external-check' without an 'external-check command' (here or in its defaults section): HAProxy refuses to start",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      const enabled = ctx.config.globalLines('external-check').length > 0;
      for (const e of externalCheckProxies(ctx.config)) {
        if (!enabled) reportAtOption(ctx, e, 'noGlobal');
        // The command, like the option, is inherited from the defaults chain.
        if (!lastAlongChain(e.proxy, (st) => st.keyword === 'external-check' && st.args[0]?.value === 'command' && st.args.length > 1)) reportAtOption(ctx, e, 'noCommand');
      }
    },
  }),
});
