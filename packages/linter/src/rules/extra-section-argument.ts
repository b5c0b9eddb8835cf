import { compareVersions, sectionInfo } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';
import { expandedValue } from '../util/env.js';

export default defineRule({
  id: 'extra-section-argument',
  meta: {
    description: 'Disallow words on a section header that HAProxy refuses (`global NAME`, `traces NAME`, a second word after a peers, userlist, log-forward, fcgi-app, crt-store or log-profile name)',
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      none: "'{{section}}' takes no name: HAProxy refuses '{{arg}}'",
      one: "'{{section}}' takes only a name: HAProxy refuses '{{arg}}'",
    },
  },
  create: (ctx) => ({
    section(node) {
      const info = sectionInfo(node.keyword);
      // A section the target does not know is keyword-newer-than-target's or removed-keyword's finding.
      if (info?.headerWords === undefined || compareVersions(ctx.version, info.since) < 0 || (info.removedIn && compareVersions(ctx.version, info.removedIn) >= 0)) return;
      const words = node.section.header.words;
      const extra = words[1 + info.headerWords];
      // An empty word ends the argument list, as for any keyword.
      if (!extra || expandedValue(extra, node.doc.text, ctx.env) === '') return;
      const last = words[words.length - 1]!;
      ctx.report({
        messageId: info.headerWords === 0 ? 'none' : 'one',
        data: { section: node.keyword, arg: extra.value },
        // No fix: the words may be a keyword written on the header line (`global daemon`), whose intent a deletion would lose.
        range: { start: extra.start, end: last.end },
      });
    },
  }),
});
