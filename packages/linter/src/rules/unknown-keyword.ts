import { allKeywordNames, SECTIONS } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';
import { hint } from '../util/did-you-mean.js';
import { classify } from '../util/vocab.js';

/** Families whose second word is checked by a dedicated rule. */
const FAMILIES = new Set(['option', 'timeout']);

export default defineRule({
  id: 'unknown-keyword',
  meta: {
    description: 'Disallow keywords that HAProxy does not know in the section where they appear',
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: { unknown: "unknown keyword '{{name}}' in '{{section}}' section{{hint}}" },
  },
  create(ctx) {
    const firstWords = new Map<string, Set<string>>();
    const candidates = (section: string): Set<string> => {
      let s = firstWords.get(section);
      if (!s) {
        s = new Set(allKeywordNames(section, ctx.version).map((n) => n.split(' ')[0]!));
        for (const sec of SECTIONS) s.add(sec.name);
        firstWords.set(section, s);
      }
      return s;
    };
    return {
      statement(st, where) {
        const section = where.node?.keyword;
        if (section === undefined) return;
        if (classify(st, section, ctx.version).kind !== 'unknown') return;
        const isProxy = where.proxy !== undefined;
        if (isProxy && FAMILIES.has(st.keyword) && st.args.length > 0) return;
        const name = st.keyword;
        ctx.report({ messageId: 'unknown', data: { name, section, hint: hint(name, candidates(section)) }, range: st.keywordWord });
      },
    };
  },
});
