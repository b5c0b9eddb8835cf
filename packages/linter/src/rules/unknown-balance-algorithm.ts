import { balanceAlgorithm, MISC } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';
import { hint } from '../util/did-you-mean.js';

/** Algorithms that need an argument HAProxy refuses to default. */
const NEEDS_ARG: Readonly<Record<string, string>> = { url_param: 'an URL parameter name', hdr: 'a header name in parentheses' };

export default defineRule({
  id: 'unknown-balance-algorithm',
  meta: {
    description: "Disallow 'balance' algorithms the target HAProxy does not know, and algorithms missing their argument",
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: {
      unknown: "unknown balance algorithm '{{name}}'{{hint}}",
      needsArg: "'balance {{name}}' needs {{what}}",
    },
  },
  create: (ctx) => ({
    balance(st) {
      const w = st.algorithm;
      if (!w || st.modifier || w.value.includes('$')) return;
      const m = /^([^(]*)(\()?/.exec(w.value)!;
      const name = m[1]!;
      // HAProxy compares only the first six characters of `random` (`randomly` is random).
      if (!balanceAlgorithm(name, ctx.version) && !name.startsWith('random')) {
        const names = MISC.balance.filter((b) => balanceAlgorithm(b.name, ctx.version)).map((b) => b.name);
        ctx.report({ messageId: 'unknown', data: { name, hint: hint(name, names) }, range: { start: w.start, end: w.start + (w.plain ? name.length : w.end - w.start) } });
        return;
      }
      if (name === 'url_param' && st.algorithmArgs.length === 0) ctx.report({ messageId: 'needsArg', data: { name, what: NEEDS_ARG[name]! }, range: w });
      if (name === 'hdr' && m[2] === undefined) ctx.report({ messageId: 'needsArg', data: { name, what: NEEDS_ARG[name]! }, range: w });
    },
  }),
});
