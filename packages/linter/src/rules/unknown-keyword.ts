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
    messages: {
      unknown: "unknown keyword '{{name}}' in '{{section}}' section{{hint}}",
      unknownSub: "'{{first}}' does not know '{{name}}' in '{{section}}' sections{{hint}}",
      missingSub: "'{{first}}' needs a second keyword in '{{section}}' sections ({{list}})",
    },
  },
  create(ctx) {
    const firstWords = new Map<string, Set<string>>();
    // Second words of the multi-word keywords (`http-check send`, `stats uri`) by section and first word.
    const secondWords = new Map<string, Map<string, Set<string>>>();
    const subCandidates = (section: string, first: string): Set<string> | undefined => {
      let m = secondWords.get(section);
      if (!m) {
        m = new Map();
        for (const n of allKeywordNames(section, ctx.version)) {
          const parts = n.split(' ');
          if (parts.length < 2) continue;
          let s = m.get(parts[0]!);
          if (!s) m.set(parts[0]!, (s = new Set()));
          s.add(parts[1]!);
        }
        secondWords.set(section, m);
      }
      return m.get(first);
    };
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
        // A ring's `timeout` other than connect/server is read and ignored by HAProxy (sink.c).
        if (section === 'ring' && name === 'timeout' && st.args.length > 0) return;
        // A known family (`http-check`, `stats`…) with an unknown second word: name that word.
        const second = st.modifier === undefined ? st.args[0] : undefined;
        const subs = st.modifier === undefined ? subCandidates(section, name) : undefined;
        if (!second && subs) {
          const list = [...subs].sort();
          ctx.report({ messageId: 'missingSub', data: { first: name, section, list: list.length > 8 ? `${list.slice(0, 8).join(', ')}, …` : list.join(', ') }, range: st.keywordWord });
          return;
        }
        if (second && subs && !second.value.includes('$')) {
          const sub = second.value.replace(/\(.*$/s, '');
          ctx.report({ messageId: 'unknownSub', data: { first: name, name: sub, section, hint: hint(sub, subs) }, range: second });
          return;
        }
        ctx.report({ messageId: 'unknown', data: { name, section, hint: hint(name, candidates(section)) }, range: st.keywordWord });
      },
    };
  },
});
