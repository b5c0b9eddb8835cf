import { argRule } from '../util/arg-rule.js';

/**
 * Actions whose name, index or tracking counter only comes in parentheses (vars.c, stick_table.c, resolvers.c,
 * 2.4 … 3.4): written bare, HAProxy finds no argument ("invalid or incomplete action", "invalid gpc ID").
 */
const IN_PARENTHESES: Readonly<Record<string, string>> = {
  'set-var': 'set-var(<name>) <expression>',
  'set-var-fmt': 'set-var-fmt(<name>) <format>',
  'unset-var': 'unset-var(<name>)',
  'sc-inc-gpc': 'sc-inc-gpc(<index>,<counter>)',
  'sc-set-gpt': 'sc-set-gpt(<index>,<counter>) <value>',
  'sc-add-gpc': 'sc-add-gpc(<index>,<counter>) <value>',
  'do-resolve': 'do-resolve(<variable>,<resolvers>[,ipv4|ipv6]) <expression>',
};
/** Those actions and the counter ones with optional parentheses: once opened, they must close the word. */
const OPENED = /^(set-var|set-var-fmt|unset-var|sc-inc-gpc[01]?|sc-set-gpt0?|sc-add-gpc)\(/;

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
    parentheses: "'{{name}}' takes its arguments in parentheses: {{form}}",
    unclosed: "'{{word}}': the parenthesis after '{{name}}' must close at the end of the word",
    optionValue: "'{{name}}': '{{option}}' needs a value after it",
    requiredOption: "'{{name}}' needs '{{option}} <value>'",
  },
}, {
  statement: (ctx) => (st, where) => {
    if (st.keyword === 'filter' && where.proxy && st.args[0]?.value === 'spoe' && !st.args.some((w) => w.value === 'config')) ctx.report({ messageId: 'spoeConfig', range: st.range });
    if (st.modifier !== undefined || !where.proxy) return;
    const action = st.type === 'rule' || st.type === 'check-rule' ? st.action : undefined;
    const form = action && Object.hasOwn(IN_PARENTHESES, action.value) ? IN_PARENTHESES[action.value] : undefined;
    if (form) ctx.report({ messageId: 'parentheses', data: { name: action!.value, form }, range: action! });
    else if (action && OPENED.test(action.value) && !action.value.endsWith(')') && !action.value.includes('$')) ctx.report({ messageId: 'unclosed', data: { word: action.value, name: action.value.slice(0, action.value.indexOf('(')) }, range: action });
    if (st.type === 'monitor' && st.sub?.value === 'fail' && !st.condition) ctx.report({ messageId: 'needsCondition', data: { name: 'monitor fail' }, range: st.sub });
    if (st.type === 'stats' && st.sub?.value === 'admin' && !st.condition) ctx.report({ messageId: 'needsCondition', data: { name: 'stats admin' }, range: st.sub });
    if ((st.keyword === 'force-persist' || st.keyword === 'ignore-persist') && (st.type === 'directive' || st.type === 'backend-rule') && !st.condition) ctx.report({ messageId: 'needsCondition', data: { name: st.keyword }, range: st.keywordWord });
  },
});
