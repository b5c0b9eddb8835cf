import { defineRule } from '../define-rule.js';
import { externalCheckProxies, reportAtOption } from '../util/external-check.js';

export default defineRule({
  id: 'external-check-without-fork',
  meta: {
    description: "Warn about 'option external-check' without 'insecure-fork-wanted' in the global section, where the checks cannot start their command",
    severity: 'warning',
    category: 'suggestion',
    fixable: false,
    haproxyWarning: true,
    messages: {
      noFork: "{{kind}} '{{name}}' uses 'option external-check' but the global section has no 'insecure-fork-wanted': HAProxy forbids starting the check command, so the checks will fail",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      if (ctx.config.globalLines('insecure-fork-wanted').length > 0) return;
      for (const e of externalCheckProxies(ctx.config)) reportAtOption(ctx, e, 'noFork');
    },
  }),
});
