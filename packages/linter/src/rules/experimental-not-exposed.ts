import { actionName, isExperimental, type ExperimentalKind } from '@hacfg/catalog';
import type { Document, TextRange } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'experimental-not-exposed',
  meta: {
    description: "Disallow experimental directives that no earlier global 'expose-experimental-directives' allows",
    severity: 'error',
    category: 'version',
    fixable: false,
    messages: {
      experimental: "'{{name}}' is experimental in HAProxy {{version}}: it must be allowed by 'expose-experimental-directives' in the global section, before this line",
    },
  },
  create: (ctx) => {
    const cfg = ctx.config;
    // HAProxy sets the permission when it reads the global line: only what comes after it benefits.
    const first = cfg.globalLines('expose-experimental-directives')[0];
    const order = (doc: Document): number => cfg.docs.indexOf(doc);
    const allowed = (doc: Document, offset: number): boolean =>
      first !== undefined && (order(first.section.doc) < order(doc) || (first.section.doc === doc && first.statement.range.start < offset));
    const check = (kind: ExperimentalKind, name: string, range: TextRange, doc: Document): void => {
      if (isExperimental(kind, name, ctx.version) && !allowed(doc, range.start)) ctx.report({ messageId: 'experimental', data: { name, version: ctx.version }, range, doc });
    };
    return {
      section(node) {
        check('section', node.keyword, node.section.keywordWord, node.doc);
        if (node.keyword !== 'global') return;
        for (const st of node.statements) if (cfg.isActive(st) && st.modifier === undefined) check('global', st.keyword, st.keywordWord, node.doc);
      },
      rule(st, where) {
        if (st.action) check('action', actionName(st.action.value), st.action, where.doc);
      },
      server(st, where) {
        for (const p of st.params) check('server', p.name.value, p.name, where.doc);
      },
      bind(st, where) {
        for (const p of st.params) check('bind', p.name.value, p.name, where.doc);
      },
    };
  },
});
