import { effectiveProxy } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { mentionsExternalCheck } from '../util/external-check.js';
import { lastAlongChain, reportSetting } from '../util/inherited.js';

export default defineRule({
  id: 'external-check-command-unused',
  meta: {
    description: "Warn about 'external-check command' and 'external-check path' in proxies whose checks are not external, which HAProxy ignores",
    severity: 'warning',
    category: 'suggestion',
    fixable: false,
    haproxyWarning: true,
    messages: {
      unused: "'external-check {{what}}' is ignored in {{kind}} '{{name}}': its checks are not external ('option external-check' is not in effect{{current}})",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      if (!mentionsExternalCheck(ctx.config)) return;
      for (const p of ctx.config.realProxies) {
        const check = effectiveProxy(p).checkOption?.statement.name?.value;
        if (check === 'external-check') continue;
        // The last `external-check command` / `path` along the defaults chain, as HAProxy copies them.
        for (const what of ['command', 'path'] as const) {
          const found = lastAlongChain(p, (st) => st.keyword === 'external-check' && st.args[0]?.value === what && st.args.length > 1);
          if (!found) continue;
          const data = { what, kind: p.kind, name: p.name ?? '', current: check ? `; checks use 'option ${check}'` : '' };
          reportSetting(ctx, p, found, 'unused', data, 'set here');
        }
      }
    },
  }),
});
