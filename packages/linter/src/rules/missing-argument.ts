import { argRule } from '../util/arg-rule.js';

export default argRule('missing-argument', 'missing', {
  description: 'Disallow keywords, server/bind options and rule actions without the arguments HAProxy requires',
  severity: 'error',
  category: 'syntax',
  fixable: false,
  messages: {
    missing: "'{{name}}' expects {{count}} argument(s)",
    emptyEnv: "'{{name}}' gets an empty argument: {{word}} expands to nothing when the variable is unset",
    spoeConfig: "'filter spoe' needs 'config <file>'",
    monitorCondition: "'monitor fail' needs a condition: 'if' or 'unless' followed by ACLs",
  },
}, {
  statement: (ctx) => (st, where) => {
    if (st.keyword === 'filter' && where.proxy && st.args[0]?.value === 'spoe' && !st.args.some((w) => w.value === 'config')) ctx.report({ messageId: 'spoeConfig', range: st.range });
    if (st.type === 'monitor' && st.modifier === undefined && st.sub?.value === 'fail' && !st.condition) ctx.report({ messageId: 'monitorCondition', range: st.sub });
  },
});
