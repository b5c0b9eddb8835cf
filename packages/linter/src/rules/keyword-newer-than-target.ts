import { section as sectionEntry, sectionInfo } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';
import { leadingWords } from '../util/ranges.js';
import { classify, sectionKnownIn, sectionRemovedIn } from '../util/vocab.js';

export default defineRule({
  id: 'keyword-newer-than-target',
  meta: {
    description: 'Disallow keywords and sections that appeared after the target HAProxy version',
    severity: 'error',
    category: 'version',
    fixable: false,
    messages: {
      keyword: "'{{name}}' needs HAProxy {{since}} or newer (target is {{version}})",
      section: "section '{{name}}' needs HAProxy {{since}} or newer (target is {{version}})",
    },
  },
  create: (ctx) => ({
    section(node) {
      if (!node.section.known || sectionKnownIn(node.keyword, ctx.version)) return;
      // A section the target no longer has is removed-keyword's to report.
      if (sectionRemovedIn(node.keyword, ctx.version)) return;
      const since = sectionEntry(node.keyword)?.since ?? sectionInfo(node.keyword)?.since ?? '';
      ctx.report({ messageId: 'section', data: { name: node.keyword, since, version: ctx.version }, range: node.section.keywordWord });
    },
    statement(st, where) {
      const section = where.node?.keyword;
      if (section === undefined) return;
      const c = classify(st, section, ctx.version);
      if (c.kind !== 'newer') return;
      ctx.report({ messageId: 'keyword', data: { name: c.match.entry.name, since: c.match.entry.since, version: ctx.version }, range: leadingWords(st, c.match.consumed) });
    },
  }),
});
