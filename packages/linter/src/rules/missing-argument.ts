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
    needsCondition: "'{{name}}' needs a condition: 'if' or 'unless' followed by ACLs",
  },
}, {
  statement: (ctx) => (st, where) => {
    if (st.keyword === 'filter' && where.proxy && st.args[0]?.value === 'spoe' && !st.args.some((w) => w.value === 'config')) ctx.report({ messageId: 'spoeConfig', range: st.range });
    if (st.modifier !== undefined || !where.proxy) return;
    if (st.type === 'monitor' && st.sub?.value === 'fail' && !st.condition) ctx.report({ messageId: 'needsCondition', data: { name: 'monitor fail' }, range: st.sub });
    if (st.type === 'stats' && st.sub?.value === 'admin' && !st.condition) ctx.report({ messageId: 'needsCondition', data: { name: 'stats admin' }, range: st.sub });
    if ((st.keyword === 'force-persist' || st.keyword === 'ignore-persist') && (st.type === 'directive' || st.type === 'backend-rule') && !st.condition) ctx.report({ messageId: 'needsCondition', data: { name: st.keyword }, range: st.keywordWord });
  },
});
