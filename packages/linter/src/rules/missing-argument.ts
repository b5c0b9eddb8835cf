import { compareVersions } from '@hacfg/catalog';
import type { Word } from '@hacfg/syntax';
import { conditionOf } from '@hacfg/model';
import type { RuleContext } from '../types.js';
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
/** Counter actions whose parentheses are optional. Opened, anyone's must close the word. */
const OPTIONAL_PARENTHESES = new Set(['sc-inc-gpc0', 'sc-inc-gpc1', 'sc-set-gpt0']);
const opened = (name: string): boolean => Object.hasOwn(IN_PARENTHESES, name) || OPTIONAL_PARENTHESES.has(name);

export default argRule('missing-argument', 'missing', {
  description: 'Disallow keywords, server/bind options and rule actions without the arguments HAProxy requires',
  severity: 'error',
  category: 'syntax',
  fixable: false,
  messages: {
    missing: "'{{name}}' expects {{count}} argument(s)",
    action: "'{{name}}' expects an action",
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
    // HAProxy reads `if`/`unless` right after these (args[2]); `stats admin TRUE if` has none there.
    const conditionNext = (sub: Word): boolean => {
      const c = conditionOf(st);
      return c !== undefined && st.words[st.words.indexOf(sub) + 1] === c.keyword;
    };
    if (st.type === 'monitor' && st.sub?.value === 'fail' && !conditionNext(st.sub)) ctx.report({ messageId: 'needsCondition', data: { name: 'monitor fail' }, range: st.sub });
    if (st.type === 'stats' && st.sub?.value === 'admin' && !conditionNext(st.sub)) ctx.report({ messageId: 'needsCondition', data: { name: 'stats admin' }, range: st.sub });
    if ((st.keyword === 'force-persist' || st.keyword === 'ignore-persist') && (st.type === 'directive' || st.type === 'backend-rule') && !st.condition) ctx.report({ messageId: 'needsCondition', data: { name: st.keyword }, range: st.keywordWord });
    // `force-be-switch` (3.4) is a condition and nothing else: its first word must be `if` or `unless` (proxy.c).
    if (st.keyword === 'force-be-switch' && where.proxy && compareVersions(ctx.version, '3.4') >= 0 && !['if', 'unless'].includes(st.args[0]?.value ?? '') && !st.args[0]?.raw.includes('$')) {
      ctx.report({ messageId: 'needsCondition', data: { name: st.keyword }, range: st.args[0] ?? st.keywordWord });
    }
    // `use-server NAME` without a condition is refused as well (cfgparse-listen.c).
    if (st.type === 'backend-rule' && st.keyword === 'use-server' && st.target && !st.condition) ctx.report({ messageId: 'needsCondition', data: { name: st.keyword }, range: st.keywordWord });
    const action = st.type === 'rule' || st.type === 'check-rule' ? st.action : undefined;
    if (action) checkParentheses(ctx, action);
  },
});

/** An action word whose arguments go in parentheses: written without them, or with them left open. */
function checkParentheses(ctx: RuleContext, action: Word): void {
  if (action.value.includes('$')) return;
  const paren = action.value.indexOf('(');
  const name = paren < 0 ? action.value : action.value.slice(0, paren);
  if (paren < 0 && Object.hasOwn(IN_PARENTHESES, name)) ctx.report({ messageId: 'parentheses', data: { name, form: IN_PARENTHESES[name]! }, range: action });
  else if (paren >= 0 && !action.value.endsWith(')') && opened(name)) ctx.report({ messageId: 'unclosed', data: { word: action.value, name }, range: action });
}
