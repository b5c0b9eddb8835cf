import { compareVersions, type HaproxyVersion } from '@hacfg/catalog';
import type { Statement, Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import type { RuleContext } from '../types.js';

// parse_stick_table() and stktable_data_types[] (stick_table.c), per release.
const TYPES = new Set(['ip', 'ipv6', 'integer', 'string', 'binary']);
/** Keywords of a table definition: whether each reads a value, and the release it appeared in. */
const KEYWORDS: Readonly<Record<string, { readonly value: boolean; readonly since: HaproxyVersion }>> = {
  size: { value: true, since: '2.4' }, peers: { value: true, since: '2.4' }, expire: { value: true, since: '2.4' }, nopurge: { value: false, since: '2.4' },
  type: { value: true, since: '2.4' }, store: { value: true, since: '2.4' }, srvkey: { value: true, since: '2.4' }, 'write-to': { value: true, since: '2.9' },
  'brates-factor': { value: true, since: '3.1' }, 'recv-only': { value: false, since: '3.2' },
};
/** Stored data types: `rate` ones take a period, `array` ones a count (gpc_rate both). */
const DATA: Readonly<Record<string, { readonly since: HaproxyVersion; readonly rate?: true; readonly array?: true }>> = {
  server_id: { since: '2.4' }, gpt0: { since: '2.4' }, gpc0: { since: '2.4' }, gpc0_rate: { since: '2.4', rate: true }, conn_cnt: { since: '2.4' },
  conn_rate: { since: '2.4', rate: true }, conn_cur: { since: '2.4' }, sess_cnt: { since: '2.4' }, sess_rate: { since: '2.4', rate: true },
  http_req_cnt: { since: '2.4' }, http_req_rate: { since: '2.4', rate: true }, http_err_cnt: { since: '2.4' }, http_err_rate: { since: '2.4', rate: true },
  bytes_in_cnt: { since: '2.4' }, bytes_in_rate: { since: '2.4', rate: true }, bytes_out_cnt: { since: '2.4' }, bytes_out_rate: { since: '2.4', rate: true },
  gpc1: { since: '2.4' }, gpc1_rate: { since: '2.4', rate: true }, server_key: { since: '2.4' }, http_fail_cnt: { since: '2.4' },
  http_fail_rate: { since: '2.4', rate: true }, gpt: { since: '2.5', array: true }, gpc: { since: '2.5', array: true }, gpc_rate: { since: '2.5', rate: true, array: true },
  glitch_cnt: { since: '3.0' }, glitch_rate: { since: '3.0', rate: true },
};
const since = (v: HaproxyVersion, s: HaproxyVersion): boolean => compareVersions(v, s) >= 0;

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
    if (!val || val.value === '') return report('noValue', w, { value: w.value });
    if (w.value === 'type') {
      // An unknown type is invalid-enum-value's (the catalog types stick-table keys).
      if (!TYPES.has(val.value)) return;
      typed = true;
      // `len <n>` follows string and binary keys only.
      if ((val.value === 'string' || val.value === 'binary') && args[i + 1]?.value === 'len') {
        if (!args[i + 2]) return report('noValue', args[i + 1]!, { value: 'len' });
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
  for (const [a, bs] of [['gpt', ['gpt0']], ['gpc', ['gpc0', 'gpc1']], ['gpc_rate', ['gpc0_rate', 'gpc1_rate']]] as const) {
    const b = bs.find((x) => names.has(x));
    if (names.has(a) && b) {
      report('overrides', w, { a, b });
      return false;
    }
  }
  return true;
}
