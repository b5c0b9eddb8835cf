import type { Proxy } from '@hacfg/model';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'defaults-mixed-use',
  meta: {
    description: "Warn about a named defaults section that some proxies name with 'from' while others use it implicitly as the last defaults section",
    severity: 'warning',
    category: 'reference',
    fixable: false,
    haproxyWarning: true,
    versions: { since: '2.5' },
    messages: {
      mixed: "defaults section '{{name}}' is used both by name ('from {{name}}') and implicitly, as the last defaults section: HAProxy warns about the ambiguity; name it with 'from' in every proxy using it, or add a last defaults section that no proxy names",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      // cfg_parse_listen() flags each defaults section when a header uses it, by name or as the last one, in load order.
      const explicit = new Set<Proxy>();
      const implicit = new Set<Proxy>();
      for (const p of ctx.config.proxies) {
        const d = p.defaults;
        if (!d) continue;
        const named = p.section.from !== undefined;
        // A defaults section without 'from' starts afresh: it uses no other one.
        if (!named && p.kind === 'defaults') continue;
        (named ? explicit : implicit).add(d);
        if (explicit.has(d) && implicit.has(d) && d.name !== undefined) {
          ctx.report({ messageId: 'mixed', data: { name: d.name }, range: p.section.name ?? p.section.keywordWord, doc: p.doc, related: [{ message: 'the defaults section', range: d.section.name ?? d.section.keywordWord, doc: d.doc }] });
        }
      }
    },
  }),
});
