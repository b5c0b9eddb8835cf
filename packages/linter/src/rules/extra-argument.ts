import { argRule } from '../util/arg-rule.js';

export default argRule('extra-argument', 'extra', {
  description: 'Disallow arguments after the last one a keyword reads, which HAProxy rejects',
  severity: 'error',
  category: 'syntax',
  fixable: false,
  messages: {
    extra: "'{{name}}' cannot handle unexpected argument '{{arg}}' (it takes at most {{max}})",
    option: "'{{name}}' does not expect '{{arg}}' (it takes {{allowed}})",
    switching: "unexpected word '{{arg}}' after '{{name}} {{target}}': only 'if' or 'unless' and a condition may follow",
  },
}, {
  // A switching rule's name is one word: the next one must start its condition.
  statement: (ctx) => (st, where) => {
    if (st.type !== 'backend-rule' || st.keyword === 'default_backend' || st.modifier !== undefined || !where.proxy) return;
    const w = st.args[1];
    if (w && w.value !== 'if' && w.value !== 'unless' && !w.raw.includes('$')) ctx.report({ messageId: 'switching', data: { name: st.keyword, target: st.args[0]!.value, arg: w.value }, range: w });
  },
});
