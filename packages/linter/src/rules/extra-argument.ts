import { sampleWordSpan } from '@hacfg/catalog';
import type { Word } from '@hacfg/syntax';
import { argRule } from '../util/arg-rule.js';

const STICK_RULES = new Set(['on', 'match', 'store-request', 'store-response']);

/**
 * The first word after a stick rule's pattern that is neither `table NAME` nor the start of its
 * condition: HAProxy's "'stick': unknown keyword". Words an environment value may change are skipped.
 */
function strayStickWord(args: readonly Word[], version: Parameters<typeof sampleWordSpan>[2]): Word | undefined {
  if (args.length < 2 || !STICK_RULES.has(args[0]!.value)) return undefined;
  let i = 1 + sampleWordSpan(args.map((w) => w.value), 1, version);
  while (i < args.length) {
    const w = args[i]!;
    if (w.raw.includes('$')) return undefined;
    if (w.value === 'if' || w.value === 'unless') return undefined;
    if (w.value !== 'table') return w;
    i += 2;
  }
  return undefined;
}

/** A userlist's `user NAME` and `group NAME` take these options, each with a value (cfgparse.c, 2.4 … 3.4). */
const USERLIST_OPTIONS: Readonly<Record<string, readonly string[]>> = { user: ['password', 'insecure-password', 'groups'], group: ['users'] };

/** The first word after a userlist user's or group's name that is no option of it. */
function strayUserlistWord(keyword: string, args: readonly Word[]): Word | undefined {
  const options = USERLIST_OPTIONS[keyword];
  if (!options) return undefined;
  for (let i = 1; i < args.length; i += 2) {
    const w = args[i]!;
    if (w.raw.includes('$') || w.value === '') return undefined;
    if (!options.includes(w.value)) return w;
  }
  return undefined;
}

export default argRule('extra-argument', 'extra', {
  description: 'Disallow arguments after the last one a keyword reads, which HAProxy rejects',
  severity: 'error',
  category: 'syntax',
  fixable: false,
  messages: {
    extra: "'{{name}}' cannot handle unexpected argument '{{arg}}' (it takes at most {{max}})",
    option: "'{{name}}' does not expect '{{arg}}' (it takes {{allowed}})",
    switching: "unexpected word '{{arg}}' after '{{name}} {{target}}': only 'if' or 'unless' and a condition may follow",
    stick: "unexpected word '{{arg}}' after the pattern of 'stick {{kind}}': only 'table NAME' and 'if' or 'unless' and a condition may follow",
  },
}, {
  statement: (ctx) => (st, where) => {
    if (where.node?.keyword === 'userlist' && st.modifier === undefined) {
      const w = strayUserlistWord(st.keyword, st.args);
      if (w) ctx.report({ messageId: 'option', data: { name: st.keyword, arg: w.value, allowed: `${USERLIST_OPTIONS[st.keyword]!.join(', ')}, each with a value` }, range: w });
      return;
    }
    if (!where.proxy) return;
    if (st.keyword === 'stick' && st.type === 'directive') {
      if (st.args.slice(0, 2).some((w) => w.raw.includes('$'))) return;
      const w = strayStickWord(st.args, ctx.version);
      if (w) ctx.report({ messageId: 'stick', data: { kind: st.args[0]!.value, arg: w.value }, range: w });
      return;
    }
    // A switching rule's name is one word: the next one must start its condition.
    if (st.type !== 'backend-rule' || st.keyword === 'default_backend' || st.modifier !== undefined) return;
    const w = st.args[1];
    if (w && w.value !== 'if' && w.value !== 'unless' && !w.raw.includes('$')) ctx.report({ messageId: 'switching', data: { name: st.keyword, target: st.args[0]!.value, arg: w.value }, range: w });
  },
});
