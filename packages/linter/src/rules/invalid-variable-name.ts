import { compareVersions, type HaproxyVersion } from '@hacfg/catalog';
import { samplesOf } from '@hacfg/model';
import type { TextRange, Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

/** vars.c: the scopes a variable name starts with; the parent-stream ones from 3.1. */
const SCOPES = ['proc', 'sess', 'txn', 'req', 'res', 'check'];
const PARENT_SCOPES = ['psess', 'ptxn', 'preq', 'pres'];
/** Actions and converters whose first argument (in parentheses) is a variable name. */
const NAMED_ACTION = /^(set-var|set-var-fmt|unset-var)\(/;
const NAMED_CALLS = new Set(['var', 'set-var', 'unset-var']);
/** Converters reading a variable whose name is an argument (checked when the configuration loads): its index. */
const VARIABLE_ARG: ReadonlyMap<string, number> = new Map([['concat', 1], ['strcmp', 0], ['secure_memcmp', 0]]);

type Problem = { readonly id: 'empty' } | { readonly id: 'scope'; readonly scopes: string } | { readonly id: 'char'; readonly char: string };

/** What vars_hash_name() / vars_fill_desc() refuse in a variable name. */
function problem(name: string, version: HaproxyVersion): Problem | undefined {
  if (name === '') return { id: 'empty' };
  const scopes = compareVersions(version, '3.1') >= 0 ? [...SCOPES, ...PARENT_SCOPES] : SCOPES;
  const scope = scopes.find((s) => name.length > s.length + 1 && name.startsWith(`${s}.`));
  if (!scope) return { id: 'scope', scopes: scopes.join(', ') };
  const bad = /[^A-Za-z0-9_.]/.exec(name.slice(scope.length + 1));
  return bad ? { id: 'char', char: bad[0] } : undefined;
}

export default defineRule({
  id: 'invalid-variable-name',
  meta: {
    description: 'Disallow variable names HAProxy refuses: empty, without a scope (txn., req., …), or with characters other than letters, digits, _ and .',
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      empty: 'a variable name cannot be empty',
      scope: "variable name '{{name}}' must start with a scope and a dot, then a name (scopes: {{scopes}}){{example}}",
      char: "variable name '{{name}}' holds '{{char}}': after the scope only letters, digits, '_' and '.' are allowed",
      globalScope: "'{{keyword}}' in the global section can only set 'proc.' variables, not '{{name}}'",
    },
  },
  create(ctx) {
    const check = (name: string, range: TextRange): boolean => {
      if (name.includes('$')) return true;
      const p = problem(name, ctx.version);
      if (p) ctx.report({ messageId: p.id, data: { name, ...(p.id === 'scope' ? { scopes: p.scopes, example: /^[A-Za-z0-9_]+$/.test(name) && !SCOPES.includes(name) ? `, e.g. 'txn.${name}'` : '' } : p.id === 'char' ? { char: p.char } : {}) }, range });
      return p === undefined;
    };
    /** `set-var(name,cond…)` as an action word: the name's exact range when the word is written plainly. */
    const actionName = (w: Word): void => {
      const open = w.value.indexOf('(');
      const end = w.value.search(/[,)]/);
      const name = w.value.slice(open + 1, end < 0 ? undefined : end);
      check(name, w.plain ? { start: w.start + open + 1, end: w.start + open + 1 + name.length } : w);
    };
    return {
      statement(st, where) {
        if ((st.type === 'rule' || st.type === 'check-rule') && st.action && NAMED_ACTION.test(st.action.value)) actionName(st.action);
        if (where.node?.keyword === 'global' && (st.keyword === 'set-var' || st.keyword === 'set-var-fmt') && st.modifier === undefined) {
          const w = st.args[0];
          if (w && check(w.value, w) && !w.value.startsWith('proc.')) ctx.report({ messageId: 'globalScope', data: { keyword: st.keyword, name: w.value }, range: w });
        }
        for (const expr of samplesOf(st, where.doc.text, ctx.version)) {
          if (expr.error !== undefined) continue;
          for (const call of expr.converters) {
            const j = VARIABLE_ARG.get(call.name);
            const a = j === undefined ? undefined : call.args?.[j];
            // concat() without a variable is fine; the others need one (invalid-sample-argument).
            if (a && a.value !== '') check(a.value, a.range);
          }
          for (const call of [expr.fetch, ...expr.converters]) {
            if (!NAMED_CALLS.has(call.name) || (call !== expr.fetch ? call.name === 'var' : call.name !== 'var')) continue;
            // `var` and `var()` read an empty name too.
            const a = call.args?.[0];
            check(a?.value ?? '', a?.range ?? call.range);
          }
        }
      },
    };
  },
});
