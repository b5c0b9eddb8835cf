import { compareVersions, sectionInfo } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';
import { expandedValue } from '../util/env.js';

export default defineRule({
  id: 'missing-section-name',
  meta: {
    description: 'Disallow section headers without the name HAProxy requires (`frontend`, `backend`, `listen`, `peers`, `cache` … alone)',
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      missing: "'{{section}}' needs a name: HAProxy stops reading the configuration at this line",
    },
  },
  create: (ctx) => ({
    section(node) {
      const info = sectionInfo(node.keyword);
      // A section the target does not know is keyword-newer-than-target's or removed-keyword's finding.
      if (info?.named !== 'required' || compareVersions(ctx.version, info.since) < 0 || (info.removedIn && compareVersions(ctx.version, info.removedIn) >= 0)) return;
      const name = node.section.header.words[1];
      // An empty word ends the argument list: `backend ""` has no name either (empty-argument reports the word from 3.3).
      if (name && expandedValue(name, node.doc.text, ctx.env) !== '') return;
      ctx.report({ messageId: 'missing', data: { section: node.keyword }, range: node.section.keywordWord });
    },
  }),
});
