import { effectiveProxy, type Proxy } from '@hacfg/model';
import type { Statement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { mentionsExternalCheck } from '../util/external-check.js';

export default defineRule({
  id: 'external-check-command-unused',
  meta: {
    description: "Warn about 'external-check command' and 'external-check path' in proxies whose checks are not external, which HAProxy ignores",
    severity: 'warning',
    category: 'suggestion',
    fixable: false,
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
          let found: { st: Statement; from: Proxy } | undefined;
          for (let q: Proxy | undefined = p; q && !found; q = q.defaults) {
            const own = q.statements.filter((st) => st.keyword === 'external-check' && st.args[0]?.value === what && st.args.length > 1);
            if (own.length > 0) found = { st: own[own.length - 1]!, from: q };
          }
          if (!found) continue;
          const data = { what, kind: p.kind, name: p.name ?? '', current: check ? `; checks use 'option ${check}'` : '' };
          if (found.from === p) ctx.report({ messageId: 'unused', data, range: found.st.range, doc: p.doc });
          else ctx.report({ messageId: 'unused', data, range: p.section.name ?? p.section.keywordWord, doc: p.doc, related: [{ message: 'set here', range: found.st.range, doc: found.from.doc }] });
        }
      }
    },
  }),
});
