import { STICK_TABLE_DATA as DATA, STICK_TABLE_KEYWORDS as KEYWORDS, STICK_TABLE_OVERRIDES, STICK_TABLE_TYPES as TYPES, atol, type HaproxyVersion } from '@hacfg/catalog';
import type { Statement, Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import type { RuleContext } from '../types.js';
import { versionLE } from '../util/vocab.js';

/** The table's keywords and stored data as a version reads them (facts: catalog stick-table.ts). */
const since = (v: HaproxyVersion, s: HaproxyVersion): boolean => versionLE(s, v);

export default defineRule({
  id: 'invalid-stick-table',
  meta: {
    description: 'Disallow stick-table definitions HAProxy refuses: unknown arguments or stored data, data types without (or with a wrong) argument, no type',
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      unknown: "'{{keyword}}' does not know '{{value}}' in HAProxy {{version}} ({{allowed}})",
      noValue: "'{{value}}' needs a value after it",
      noType: "'{{keyword}}' needs a 'type'",
      data: "unknown stored data type '{{value}}' in HAProxy {{version}}",
      dataArg: "stored data '{{value}}' needs {{what}} in parentheses, e.g. '{{example}}'",
      dataNoArg: "stored data '{{value}}' takes no argument",
      overrides: "'{{a}}' and '{{b}}' cannot be stored in the same table ('{{a}}' replaces '{{b}}')",
      keyLength: "'len {{value}}': the key length must be a number other than 0",
      srvkey: "'srvkey' takes 'name' or 'addr', not '{{value}}'",
    },
  },
  create: (ctx) => ({
    'keyword:stick-table'(st, where) {
      if (where.proxy && st.modifier === undefined) check(ctx, st, 0);
    },
    'keyword:table'(st, where) {
      if (where.node?.keyword === 'peers' && st.modifier === undefined) check(ctx, st, 1);
    },
  }),
});

function check(ctx: RuleContext, st: Statement, from: number): void {
  const args = st.args;
  if (args.some((w) => w.value.includes('$'))) return;
  const v = ctx.version;
  const keyword = st.keyword;
  const report = (messageId: string, range: Word, data: Record<string, string> = {}): void => ctx.report({ messageId, range, data: { keyword, version: v, ...data } });
  let typed = false;
  for (let i = from; i < args.length; i++) {
    const w = args[i]!;
    const k = KEYWORDS[w.value];
    if (!k || !since(v, k.since)) {
      return report('unknown', w, { value: w.value, allowed: Object.entries(KEYWORDS).filter(([, x]) => since(v, x.since)).map(([n]) => n).join(', ') });
    }
    if (!k.value) continue;
    const val = args[++i];
    // An empty `store` list stores nothing: its parser loops over the (empty) word.
    if ((!val || val.value === '') && w.value === 'store') continue;
    if (!val || val.value === '') return report('noValue', w, { value: w.value });
    if (w.value === 'type') {
      // An unknown type is invalid-enum-value's report.
      if (!TYPES.has(val.value)) return;
      typed = true;
      // `len <n>` follows string and binary keys only.
      if ((val.value === 'string' || val.value === 'binary') && args[i + 1]?.value === 'len') {
        if (!args[i + 2]) return report('noValue', args[i + 1]!, { value: 'len' });
        // stktable_parse_type() reads it with atol() and refuses 0 (`len x` too).
        const len = args[i + 2]!;
        if (len.plain && !len.value.includes('$') && atol(len.value) === 0) return report('keyLength', len, { value: len.value });
        i += 2;
      }
    } else if (w.value === 'store') {
      if (!store(report, val, v)) return;
    } else if (w.value === 'srvkey' && val.value !== 'name' && val.value !== 'addr') {
      return report('srvkey', val, { value: val.value });
    }
  }
  if (!typed) report('noType', st.keywordWord);
}

/** `store a,b(10s),gpc(2)`: names known in the version, each with the argument its kind needs. */
function store(report: (id: string, range: Word, data?: Record<string, string>) => void, w: Word, v: HaproxyVersion): boolean {
  const names = new Set<string>();
  for (const item of w.value.split(/,(?![^(]*\))/)) {
    const m = /^([a-z0-9_]+)(?:\((.*)\))?$/.exec(item);
    const name = m?.[1] ?? item;
    const d = DATA[name];
    if (!m || !d || !since(v, d.since)) {
      report('data', w, { value: name });
      return false;
    }
    const arg = m[2];
    if ((d.rate || d.array) && (arg === undefined || arg === '' || (d.rate && d.array && !arg.includes(',')))) {
      const what = d.array && d.rate ? 'a count and a period' : d.array ? 'a count' : 'a period';
      report('dataArg', w, { value: name, what, example: d.array && d.rate ? `${name}(2,10s)` : d.array ? `${name}(2)` : `${name}(10s)` });
      return false;
    }
    if (!d.rate && !d.array && arg !== undefined) {
      report('dataNoArg', w, { value: name });
      return false;
    }
    names.add(name);
  }
  for (const [a, bs] of STICK_TABLE_OVERRIDES) {
    const b = bs.find((x) => names.has(x));
    if (names.has(a) && b) {
      report('overrides', w, { a, b });
      return false;
    }
  }
  return true;
}
