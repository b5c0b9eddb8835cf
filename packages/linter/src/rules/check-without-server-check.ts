import { CHECK_OPTIONS, effectiveServers } from '@hacfg/model';
import type { Statement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { span } from '../util/ranges.js';
import { isChecked } from '../util/setups.js';

export default defineRule({
  id: 'check-without-server-check',
  meta: {
    description: "Warn about health-check settings in a backend where no server has 'check'",
    severity: 'warning',
    category: 'suggestion',
    fixable: false,
    messages: { unused: "'{{what}}' has no effect: no server of {{proxy}} '{{backend}}' has 'check', so no health check runs" },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        if (!p.isBackend) continue;
        const servers = effectiveServers(p);
        if (servers.length === 0 || servers.some(isChecked)) continue;
        const settings = p.statements.filter((st: Statement) => (st.type === 'option' && st.modifier === undefined && CHECK_OPTIONS.has(st.name?.value ?? '')) || st.type === 'check-rule');
        for (const st of settings) {
          const last = st.type === 'option' ? (st.name ?? st.keywordWord) : st.keywordWord;
          ctx.report({ messageId: 'unused', data: { what: st.type === 'option' ? `option ${st.name!.value}` : st.keyword, proxy: p.kind, backend: p.name ?? '' }, range: span(st.keywordWord, last), doc: p.doc });
        }
      }
    },
  }),
});
