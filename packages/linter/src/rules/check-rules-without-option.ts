import { effectiveProxy } from '@hacfg/model';
import type { CheckRuleStatement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'check-rules-without-option',
  meta: {
    description: "Warn about 'http-check' / 'tcp-check' rules that HAProxy ignores because 'option httpchk' / 'option tcp-check' is not in effect",
    severity: 'warning',
    category: 'suggestion',
    fixable: false,
    haproxyWarning: true,
    messages: {
      http: "{{proxy}} '{{backend}}' uses 'http-check' rules without 'option httpchk', so the rules are ignored{{current}}",
      tcp: "{{proxy}} '{{backend}}' uses 'tcp-check' rules without 'option tcp-check', so the rules are ignored{{current}}",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        if (!p.isBackend) continue;
        const eff = effectiveProxy(p);
        const option = eff.checkOption?.statement.name?.value;
        const current = option ? ` (checks use 'option ${option}')` : '';
        const report = (id: 'http' | 'tcp', rules: readonly CheckRuleStatement[]): void => {
          const own = rules.find((r) => p.statements.includes(r));
          if (own) ctx.report({ messageId: id, data: { proxy: p.kind, backend: p.name ?? '', current }, range: own.keywordWord, doc: p.doc });
        };
        if (option !== 'httpchk') report('http', eff.httpCheckRules);
        if (option !== 'tcp-check') report('tcp', eff.tcpCheckRules);
      }
    },
  }),
});
