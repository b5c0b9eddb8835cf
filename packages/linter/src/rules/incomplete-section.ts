import type { SectionNode } from '@hacfg/model';
import { defineRule } from '../define-rule.js';

/** What a section must contain before HAProxy accepts it (checked with haproxy -c 2.6). */
const REQUIRED: Readonly<Record<string, { readonly keyword: string; readonly message: string }>> = {
  'fcgi-app': { keyword: 'docroot', message: 'docroot' },
  cache: { keyword: 'total-max-size', message: 'size' },
};

export default defineRule({
  id: 'incomplete-section',
  meta: {
    description: "Disallow fcgi-app sections without 'docroot' and cache sections without 'total-max-size'",
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      docroot: "fcgi-app '{{name}}' has no 'docroot'",
      size: "cache '{{name}}' has no 'total-max-size'",
    },
  },
  create: (ctx) => ({
    section(node: SectionNode) {
      const req = REQUIRED[node.keyword];
      if (!req || node.name === undefined) return;
      if (node.statements.some((s) => s.keyword === req.keyword && s.args.length > 0)) return;
      ctx.report({ messageId: req.message, data: { name: node.name }, range: node.section.name! });
    },
  }),
});
