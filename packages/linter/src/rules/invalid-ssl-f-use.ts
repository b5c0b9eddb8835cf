import { sslFUseOption, sslFUseOptions } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'invalid-ssl-f-use',
  meta: {
    description: "Disallow 'ssl-f-use' lines HAProxy refuses: words that are no certificate or crt-list option, and a missing or repeated 'crt'",
    severity: 'error',
    category: 'syntax',
    fixable: false,
    versions: { since: '3.2' },
    messages: {
      unknown: "'ssl-f-use': unknown crt keyword '{{word}}' (it takes {{options}})",
      noCrt: "'ssl-f-use' needs 'crt <file>': HAProxy has no certificate to load",
      twice: "'ssl-f-use': 'crt' already specified on this line",
    },
  },
  create: (ctx) => ({
    'keyword:ssl-f-use'(st, where) {
      if (!where.proxy || where.node?.keyword === 'defaults' || st.modifier !== undefined) return;
      const words = st.args;
      // An environment value may hold several words or none: such lines are not read here.
      if (words.some((w) => w.raw.includes('$'))) return;
      let crt = false;
      for (let i = 0; i < words.length; ) {
        const w = words[i]!;
        // HAProxy stops at the first empty word.
        if (w.value === '') return;
        const takes = sslFUseOption(w.value, ctx.version);
        if (takes === undefined) return ctx.report({ messageId: 'unknown', data: { word: w.value, options: sslFUseOptions(ctx.version).join(', ') }, range: w });
        if (w.value === 'crt') {
          if (crt) return ctx.report({ messageId: 'twice', range: w });
          crt = true;
        }
        i += 1 + takes;
      }
      if (!crt) ctx.report({ messageId: 'noCrt', range: st.keywordWord });
    },
  }),
});
