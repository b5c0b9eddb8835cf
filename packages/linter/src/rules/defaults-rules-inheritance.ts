import type { Proxy } from '@hacfg/model';
import type { Statement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

const isRule = (s: Statement): boolean => s.type === 'rule' && s.ruleset !== 'quic-initial';

export default defineRule({
  id: 'defaults-rules-inheritance',
  meta: {
    description: 'Disallow inheriting a defaults section that holds TCP/HTTP rules where HAProxy forbids it',
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: {
      defaults: 'a defaults section cannot inherit from a defaults section defining TCP/HTTP rules',
      listen: 'a listen section cannot inherit from a defaults section defining TCP/HTTP rules',
      mixed: 'frontends and backends cannot inherit from the same defaults section if it defines TCP/HTTP rules',
      l4: "a backend section cannot inherit from a defaults section defining 'tcp-request connection' or 'tcp-request session' rules",
      response: "a frontend section cannot inherit from a defaults section defining 'tcp-response content' rules",
    },
  },
  create(ctx) {
    const users = new Map<Proxy, 'frontend' | 'backend'>();
    return {
      section(node) {
        const p = ctx.config.proxyOf(node.section);
        const d = p?.defaults;
        if (!p || !d) return;
        const rules = d.statements.filter(isRule);
        if (rules.length === 0) return;
        const at = node.section.from ?? node.section.keywordWord;
        const related = [{ message: 'the rules are defined in this defaults section', range: d.section.name ?? d.section.keywordWord, doc: d.doc }];
        const report = (messageId: string): void => ctx.report({ messageId, range: at, related });
        if (p.kind === 'defaults') return report('defaults');
        if (p.kind === 'listen') return report('listen');
        const cap = p.kind;
        const prev = users.get(d);
        if (prev !== undefined && prev !== cap) return report('mixed');
        users.set(d, cap);
        const has = (r: string): boolean => rules.some((s) => s.type === 'rule' && s.ruleset === r);
        if (cap === 'backend' && (has('tcp-request connection') || has('tcp-request session'))) report('l4');
        else if (cap === 'frontend' && has('tcp-response content')) report('response');
      },
    };
  },
});
