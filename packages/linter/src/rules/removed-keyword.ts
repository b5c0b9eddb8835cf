import { applyMechanicalFix, compareVersions, removedKeyword } from '@hacfg/catalog';
import type { TextEdit } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { HTTPCHK_HEADERS_REMOVED, httpchkHeaders } from '../util/httpchk.js';
import { leadingWords, removeStatement } from '../util/ranges.js';
import { classify, refusedBare, sectionRemovedIn } from '../util/vocab.js';

export default defineRule({
  id: 'removed-keyword',
  meta: {
    description: 'Disallow keywords that the target HAProxy version no longer accepts, and name the replacement',
    severity: 'error',
    category: 'version',
    fixable: true,
    messages: {
      legacy: "'{{name}}' is not supported anymore since HAProxy {{since}}; use {{replacement}}",
      removed: "'{{name}}' was removed in HAProxy {{since}} (target is {{version}})",
    },
  },
  create: (ctx) => ({
    section(node) {
      if (!node.section.known) return;
      const removedIn = sectionRemovedIn(node.keyword, ctx.version);
      if (removedIn === undefined) return;
      const l = removedKeyword(node.keyword);
      const range = node.section.keywordWord;
      if (l?.scope === 'section') ctx.report({ messageId: 'legacy', data: { name: l.name, since: l.removedIn, replacement: l.replacement }, range });
      else ctx.report({ messageId: 'removed', data: { name: node.keyword, since: removedIn, version: ctx.version }, range });
    },
    statement(st, where) {
      const section = where.node?.keyword;
      if (section === undefined) return;
      const vsn = httpchkHeaders(st);
      if (vsn && compareVersions(ctx.version, HTTPCHK_HEADERS_REMOVED) >= 0) {
        ctx.report({ messageId: 'legacy', data: { name: 'headers or a body after the HTTP version of option httpchk', since: HTTPCHK_HEADERS_REMOVED, replacement: "'http-check send hdr NAME VALUE' (and 'body')" }, range: vsn });
      }
      const c = classify(st, section, ctx.version);
      const bare = refusedBare(st, c, ctx.version);
      if (bare) ctx.report({ messageId: 'legacy', data: { name: bare.name, since: bare.removedIn, replacement: bare.replacement }, range: st.keywordWord });
      if (c.kind !== 'removed') return;
      const range = leadingWords(st, c.consumed);
      if (!c.legacy) {
        ctx.report({ messageId: 'removed', data: { name: c.match!.entry.name, since: c.match!.entry.removedIn ?? '', version: ctx.version }, range });
        return;
      }
      const l = c.legacy;
      let fix: TextEdit[] | undefined;
      const mf = l.mechanicalFix;
      if (mf?.kind === 'removeLine') fix = [removeStatement(st)];
      else if (mf?.kind === 'rewrite' && st.modifier === undefined && st.words.every((w) => w.plain)) {
        const words = applyMechanicalFix(mf, st.words.map((w) => w.value));
        if (words) fix = [{ range: leadingWords(st, mf.from.length), newText: words.slice(0, mf.to.length).join(' ') }];
      }
      ctx.report({ messageId: 'legacy', data: { name: l.name, since: l.removedIn, replacement: l.replacement }, range, ...(fix ? { fix } : {}) });
    },
  }),
});
