import { defineRule } from '../define-rule.js';
import type { Statement } from '@hacfg/syntax';
import { externalCheckProxies, mentionsExternalCheck, reportAtOption } from '../util/external-check.js';
import { lastAlongChain, reportSetting } from '../util/inherited.js';

const setting = (name: string) => (st: Statement): boolean => st.keyword === 'external-check' && st.args[0]?.value === name && st.args.length > 1;
const isCommand = setting('command');
const isPath = setting('path');

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
      relative: "{{kind}} '{{name}}': 'external-check command {{command}}' does not start with '/' and no 'external-check path' is set: HAProxy refuses the configuration",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      const enabled = ctx.config.globalLines('external-check').length > 0;
      for (const e of externalCheckProxies(ctx.config)) {
        if (!enabled) reportAtOption(ctx, e, 'noGlobal');
        // The command, like the option, is inherited from the defaults chain.
        if (!lastAlongChain(e.proxy, isCommand)) reportAtOption(ctx, e, 'noCommand');
      }
      // Every proxy that has a command, checks or not: HAProxy resolves it before dropping an unused one.
      if (!mentionsExternalCheck(ctx.config)) return;
      for (const p of ctx.config.realProxies) {
        const cmd = lastAlongChain(p, isCommand);
        const word = cmd?.statement.args[1];
        if (!cmd || !word?.plain || word.value.startsWith('/') || lastAlongChain(p, isPath)) continue;
        reportSetting(ctx, p, cmd, 'relative', { kind: p.kind, name: p.name ?? '', command: word.value }, "'external-check command' set here");
      }
    },
  }),
});
