/** Every sample expression a statement holds: ACL criteria, anonymous ACLs, `%[…]`, action samples. */
import { checkInt, readsIntegerOrExpression, sampleWordSpan, type HaproxyVersion } from '@hacfg/catalog';
import { connectPortExpr } from './check-connect.js';
import { expectWords } from './check-expect.js';
import { formatWordsOf } from './formats.js';
import { parseLogFormatWord, parseSampleWord, parseSampleWords, type AclBody, type Condition, type SampleCall, type SampleExpr, type Statement } from '@hacfg/syntax';

/** The condition of any statement that carries one. */
export function conditionOf(st: Statement): Condition | undefined {
  return 'condition' in st ? st.condition : undefined;
}

/** Actions whose first argument is a bare sample expression. */
const SAMPLE_FIRST_ARG = /^(set-var\(|track-sc|sc-set-gpt|sc-add-gpc|capture$|set-dst|set-src|set-priority|do-resolve)/;
/**
 * A word parse_time_err() reads as a delay (`5s`; `5sec` too, with a warning): `set-timeout` takes
 * one instead of an expression.
 */
const DURATION = /^\d+(?:$|us|[smhd])/;

/** The last answer (in variables: no object per statement): the linter's rules ask about the same statement one after the other. */
let lastSt: Statement | undefined;
let lastSource: string | undefined;
let lastVersion: HaproxyVersion | undefined;
let lastSamples: readonly SampleExpr[] = [];
const NO_SAMPLES: readonly SampleExpr[] = [];

/**
 * Every sample expression of a statement, in order, as `version` reads it (a mark/TOS action's word
 * is one from 3.0). The array is shared: do not modify it.
 */
export function samplesOf(st: Statement, source: string, version: HaproxyVersion): readonly SampleExpr[] {
  if (lastSt === st && lastSource === source && lastVersion === version) return lastSamples;
  const samples = collect(st, source, version);
  lastSt = st;
  lastSource = source;
  lastVersion = version;
  lastSamples = samples.length > 0 ? samples : NO_SAMPLES;
  return lastSamples;
}

/** Every ACL body a statement holds, in order: an `acl` line's own, then the anonymous `{ … }` ones of its condition. */
export function forEachAclBody(st: Statement, fn: (acl: AclBody) => void): void {
  if (st.type === 'acl') fn(st);
  const cond = conditionOf(st);
  if (cond) for (const g of cond.groups) for (const t of g.terms) if (t.type === 'acl-anonymous') fn(t.acl);
}

function collect(st: Statement, source: string, version: HaproxyVersion): SampleExpr[] {
  const out: SampleExpr[] = [];
  forEachAclBody(st, (acl) => {
    if (acl.criterion) out.push(acl.criterion);
  });
  if (st.type === 'log-format') for (const p of st.format) if (p.type === 'expr') out.push(p.expr);
  if (st.type === 'rule') out.push(...actionSamplesOf(st, source, version));
  else out.push(...formatSamplesOf(st, source), ...patternSamplesOf(st, source));
  return out;
}

const STICK_RULES = new Set(['on', 'match', 'store-request', 'store-response']);

/**
 * The expressions a statement names outside rules and formats: a stick rule's pattern (over several
 * words when the next ones start with a converter) and a server's `sni`. Only plain words are read:
 * a quoted or escaped one may hold an environment value, which is not known here.
 */
export function patternSamplesOf(st: Statement, source: string): SampleExpr[] {
  if (st.keyword === 'stick' && st.type === 'directive' && STICK_RULES.has(st.args[0]?.value ?? '')) {
    const words = st.args.slice(1);
    if (words.length === 0) return [];
    const span = words.slice(0, sampleWordSpan(words.map((w) => w.value), 0));
    return span.every((w) => w.plain) ? [parseSampleWords(span, source)] : [];
  }
  if (st.type !== 'server') return [];
  const out: SampleExpr[] = [];
  for (const p of st.params) if (p.name.value === 'sni' && p.value?.plain) out.push(parseSampleWord(p.value, source));
  return out;
}

/** strtoul()/strtol() with base 0 (decimal, octal after `0`, hex after `0x`); they skip leading white space. */
const C_INT = { type: 'int', parse: 'c' } as const;
const readsWholeAsInteger = (text: string): boolean => checkInt(text.replace(/^[ \t\n\v\f\r]+/, ''), C_INT) === undefined;

/**
 * The sample expression of a mark/TOS action (`set-mark`, `set-fc-tos`…) in `version`: from 3.0 its
 * word is an integer or else an expression (tcp_parse_set_mark/_tos()), which HAProxy checks as read
 * with the request headers whatever the ruleset.
 */
export function markTosExpression(st: Statement, source: string, version: HaproxyVersion): SampleExpr | undefined {
  if (st.type !== 'rule' || !st.action || !readsIntegerOrExpression(st.action.value, version)) return undefined;
  const w = st.actionArgs[0];
  return w && !readsWholeAsInteger(w.value) ? parseSampleWord(w, source) : undefined;
}

/** The sample expressions a rule's action reads in `version` (its condition's ACLs excluded), in order. */
export function actionSamplesOf(st: Statement, source: string, version: HaproxyVersion): SampleExpr[] {
  const out: SampleExpr[] = [];
  if (st.type !== 'rule' || !st.action) return out;
  const markTos = markTosExpression(st, source, version);
  if (markTos) {
    out.push(markTos);
    return out;
  }
  const args = st.actionArgs;
  for (const w of args) if (w.value.includes('%[')) for (const p of parseLogFormatWord(w, source)) if (p.type === 'expr') out.push(p.expr);
  const name = st.action.value;
  // `do-resolve(var,res) EXPR`, `set-var(x) EXPR`, `track-sc0 EXPR [table T]`; `set-timeout
  // server|tunnel|client TIME|EXPR` has its expression second.
  const w = SAMPLE_FIRST_ARG.test(name) ? args[0] : name === 'set-timeout' && args[1] && !DURATION.test(args[1].value) ? args[1] : undefined;
  // `sc-set-gpt*` / `sc-add-gpc` take an integer or an expression: an integer is no sample.
  if (w && !w.value.includes('%[') && !(/^sc-(set-gpt|add-gpc)/.test(name) && /^[-+]?\d+$/.test(w.value))) out.push(parseSampleWord(w, source));
  return out;
}

/**
 * The sample expressions of a statement other than a rule that HAProxy reads at run time: the
 * `%[…]` of its format words (a dynamic `use_backend` name, health-check formats, `http-error`
 * replies), an expect rule's `status-code` and a connect rule's `port` expression. Rules' action words are read by actionSamplesOf.
 */
export function formatSamplesOf(st: Statement, source: string): SampleExpr[] {
  const out: SampleExpr[] = [];
  for (const w of formatWordsOf(st)) if (w.value.includes('%[')) for (const p of parseLogFormatWord(w, source)) if (p.type === 'expr') out.push(p.expr);
  if (st.type === 'check-rule' && st.action?.value === 'expect') {
    const code = expectWords(st.actionArgs).statusCode;
    if (code) out.push(parseSampleWord(code, source));
  }
  if (st.type === 'check-rule' && st.action?.value === 'connect') {
    const port = connectPortExpr(st.actionArgs);
    if (port) out.push(parseSampleWord(port, source));
  }
  return out;
}

/**
 * Whether HAProxy reads argument `index` of a call as an empty string (make_arg_list()): without
 * parentheses only a mandatory first argument is, `()` reads an empty first one, and an empty
 * argument is read as written. An empty table, backend or userlist names the current proxy.
 */
export function readsEmptyArg(call: SampleCall, index: number, min: number): boolean {
  const args = call.args;
  if (args === undefined) return index === 0 && min >= 1;
  if (args.length === 0) return index === 0;
  return args[index]?.value === '';
}
