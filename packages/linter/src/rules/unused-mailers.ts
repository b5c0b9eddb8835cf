import type { Proxy } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { missingEmailAlertSettings } from '../util/email-alert.js';

/** The mailers section a proxy's email alerts use: its own last `email-alert mailers`, else its defaults'. */
function mailersOf(p: Proxy): string | undefined {
  for (let q: Proxy | undefined = p; q; q = q.defaults) {
    let name: string | undefined;
    for (const st of q.statements) if (st.keyword === 'email-alert' && st.modifier === undefined && st.args[0]?.value === 'mailers' && st.args[1]) name = st.args[1].value;
    if (name !== undefined) return name;
  }
  return undefined;
}

export default defineRule({
  id: 'unused-mailers',
  meta: {
    description: 'Warn about mailers sections that no complete email alert uses, which HAProxy removes',
    severity: 'warning',
    category: 'reference',
    fixable: false,
    haproxyWarning: true,
    messages: {
      unused: "mailers section '{{name}}' is removed by HAProxy: no proxy sends email alerts through it ('email-alert mailers {{name}}' with 'email-alert from' and 'email-alert to')",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      const sections = ctx.config.symbols.get('mailers');
      if (!sections || sections.size === 0) return;
      // HAProxy counts a user only for proxies whose email alerts are complete (incomplete ones are dropped first).
      const used = new Set<string>();
      for (const p of ctx.config.realProxies) {
        const name = mailersOf(p);
        if (name !== undefined && missingEmailAlertSettings(p).length === 0) used.add(name);
      }
      for (const [name, nodes] of sections) {
        if (used.has(name) || name.includes('$')) continue;
        for (const n of nodes) ctx.report({ messageId: 'unused', data: { name }, range: n.section.name!, doc: n.doc });
      }
    },
  }),
});
