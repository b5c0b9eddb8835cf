import { crtStoreLoadOptions } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'invalid-crt-store-load',
  meta: {
    description: "Disallow crt-store 'load' lines HAProxy refuses: unknown words, no 'crt', an alias starting with '/'",
    severity: 'error',
    category: 'syntax',
    fixable: false,
    versions: { since: '3.0' },
    messages: {
      unknown: "'load' in a crt-store: unknown keyword '{{word}}' (it takes {{options}}, each with a value)",
      noCrt: "'load' needs 'crt <file>': HAProxy has no certificate to load",
      aliasSlash: "'load': an alias may not start with '/'",
    },
  },
  create: (ctx) => ({
    'keyword:load'(st, where) {
      if (where.node?.keyword !== 'crt-store' || st.modifier !== undefined) return;
      const words = st.args;
      // An environment value may hold several words or none: such lines are not read here.
      if (words.some((w) => w.raw.includes('$'))) return;
      const known = crtStoreLoadOptions(ctx.version);
      let crt = false;
      // Words go by pairs; HAProxy stops at the first empty word.
      for (let i = 0; i < words.length && words[i]!.value !== ''; i += 2) {
        const w = words[i]!;
        if (!known.includes(w.value)) return ctx.report({ messageId: 'unknown', data: { word: w.value, options: known.join(', ') }, range: w });
        const value = words[i + 1];
        if (w.value === 'alias' && value?.value.startsWith('/')) return ctx.report({ messageId: 'aliasSlash', range: value });
        if (w.value === 'crt') crt = true;
      }
      if (!crt) ctx.report({ messageId: 'noCrt', range: st.keywordWord });
    },
  }),
});
