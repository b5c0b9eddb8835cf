/**
 * Checks a statement's arguments against the catalog's argument facts: counts (missing / extra)
 * and types (time, integer, size, enum). One analysis per statement, shared by the rules that
 * report each kind.
 */
import { actionName, argFacts, bindOption, serverOption, sampleWordSpan, checkInt, checkSize, checkTime, compareVersions, enumValues, type ArgFacts, type ArgScope, type ArgType, type HaproxyVersion } from '@hacfg/catalog';
import type { Param, Statement, TextRange, Word } from '@hacfg/syntax';
import type { RuleContext, Where } from '../types.js';
import { expandedValue, usesEnv } from './env.js';
import { statsHttpRequest } from './stats-rules.js';
import { statsSocketParams } from './stats-socket.js';
import { classify, versionLE } from './vocab.js';

export type ArgIssueKind = 'missing' | 'extra' | 'time' | 'time-trailing' | 'int' | 'size' | 'enum';

export interface ArgIssue {
  readonly kind: ArgIssueKind;
  /** The keyword or option the value belongs to (`timeout client`, `weight`). */
  readonly name: string;
  readonly range: TextRange;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
}

/** The last analysis (in variables: no object per statement): the rules that report each kind ask about the same statement one after the other. */
let lastSt: Statement | undefined;
let lastSection: string | undefined;
let lastVersion: HaproxyVersion | undefined;
let lastEnv: RuleContext['env'] | undefined;
let lastIssues: readonly ArgIssue[] = [];
const NONE: readonly ArgIssue[] = [];

/** A server/bind option that reads a value, without facts of its own: the value is required. */
const VALUE_REQUIRED: ArgFacts = { min: 1 };
/**
 * Server options HAProxy reads with atol()/strdup() of whatever follows, so a missing value passes
 * (checked by test/param-value-oracle against 2.6, and by hand 2.8, 3.0, 3.4 for `shard` (2.8+) and
 * `set-proxy-v2-tlv-fmt` (3.0+)); a missing `resolvers` name is an undefined reference instead.
 */
const SERVER_VALUE_OPTIONAL = new Set(['init-addr', 'maxconn', 'maxqueue', 'minconn', 'resolve-opts', 'resolvers', 'weight', 'shard', 'set-proxy-v2-tlv-fmt']);
/** Bind options whose missing value passes from a release on: `thread` alone is parse_thread_set()'s empty set (2.8). */
const BIND_VALUE_OPTIONAL_FROM: Readonly<Record<string, HaproxyVersion>> = { thread: '2.8' };

const CHECK_VAR_ACTION = /^(set-var|set-var-fmt)\(/;

/** Answers by scope, version and option: a large file repeats the same few flags (check, backup) on most lines. */
const takesValueMemo = new Map<string, boolean>();

function takesValue(scope: 'server' | 'bind', name: string, version: HaproxyVersion): boolean {
  const key = `${scope}\0${version}\0${name}`;
  let r = takesValueMemo.get(key);
  if (r === undefined) {
    if (takesValueMemo.size > 10_000) takesValueMemo.clear();
    const optionalFrom = BIND_VALUE_OPTIONAL_FROM[name];
    r = scope === 'server' ? serverOption(name, version)?.takesArgument === true && !SERVER_VALUE_OPTIONAL.has(name) : bindOption(name, version)?.takesArgument === true && !(optionalFrom !== undefined && versionLE(optionalFrom, version));
    takesValueMemo.set(key, r);
  }
  return r;
}

export function argIssues(st: Statement, where: Where, ctx: RuleContext): readonly ArgIssue[] {
  const section = where.node?.keyword;
  if (lastSt === st && lastSection === section && lastVersion === ctx.version && lastEnv === ctx.env) return lastIssues;
  const out: ArgIssue[] = [];
  compute(st, where, ctx, out);
  lastSt = st;
  lastSection = section;
  lastVersion = ctx.version;
  lastEnv = ctx.env;
  lastIssues = out.length > 0 ? out : NONE;
  return lastIssues;
}

function compute(st: Statement, where: Where, ctx: RuleContext, out: ArgIssue[]): void {
  const section = where.node?.keyword;
  if (section === undefined) return;
  const text = where.doc.text;
  if (st.type === 'server' || st.type === 'bind') {
    // A ring's servers need their address too; a peers section's may leave it out (the local peer).
    if (((where.proxy && section !== 'defaults') || section === 'ring') && st.modifier === undefined) requiredAddress(st, text, ctx, out);
    checkParams(st.type === 'server' ? 'server' : 'bind', st.params, text, ctx, out);
    return;
  }
  const socketParams = statsSocketParams(st, where);
  if (socketParams) {
    if (st.args.length < 2) out.push({ kind: 'missing', name: 'stats socket', range: st.range, messageId: 'missing', data: { name: 'stats socket', count: 1, word: '' } });
    else checkParams('bind', socketParams, text, ctx, out);
    return;
  }
  // Check rules share the variable actions (and their word counts) with the rulesets.
  // A rule line without its action: "'http-request' expects 'wait-for-handshake', …, but got ''" (2.4 … 3.4).
  if (st.type === 'rule' && !st.action && st.condition === undefined) {
    out.push({ kind: 'missing', name: st.ruleset, range: st.range, messageId: 'action', data: { name: st.ruleset } });
    return;
  }
  if (st.type === 'rule' || (st.type === 'check-rule' && CHECK_VAR_ACTION.test(st.action?.value ?? ''))) {
    // Check rules' parsers never look past the words they read (`http-check set-var(x) str(a) foo` passes).
    if (st.action) checkAction(st.type === 'rule' ? st.ruleset : st.keyword, st.action, st.actionArgs, st.type === 'rule', text, ctx, out);
    return;
  }
  // The stats page's rules are http-request rules: the same action words, the same count.
  const stats = st.type === 'stats' && where.proxy ? statsHttpRequest(st) : undefined;
  if (stats) {
    if (stats.action) checkAction('http-request', stats.action, stats.actionArgs, true, text, ctx, out);
    return;
  }
  const c = classify(st, section, ctx.version);
  if (c.kind !== 'ok' || c.match.prefix !== undefined) return;
  const scope: ArgScope = where.proxy ? 'proxy' : section === 'global' ? 'global' : 'section';
  const name = scope === 'section' ? `${section} ${c.match.entry.name}` : c.match.entry.name;
  const facts = argFacts(scope, name, ctx.version);
  if (!facts) return;
  const words = st.words.slice(c.match.consumed);
  checkWords(name, facts, words, { start: st.words[0]!.start, end: st.words[c.match.consumed - 1]!.end }, text, ctx, out, true);
}

function checkAction(owner: string, action: Word, actionArgs: readonly Word[], countExtra: boolean, text: string, ctx: RuleContext, out: ArgIssue[]): void {
  const name = `${owner} ${actionName(action.value)}`;
  const facts = argFacts('action', name, ctx.version);
  if (facts) checkWords(name, facts, actionArgs, action, text, ctx, out, countExtra && facts.max !== undefined);
}

function checkParams(scope: 'server' | 'bind', params: readonly Param[], text: string, ctx: RuleContext, out: ArgIssue[]): void {
  for (const p of params) {
    // An empty value (`""`, an unset `"${VAR}"`) is no value: the option parsers test `!*args[cur_arg + 1]`.
    const facts = argFacts(scope, p.name.value) ?? ((p.value === undefined || (!p.value.plain && expandedValue(p.value, text, ctx.env) === '')) && takesValue(scope, p.name.value, ctx.version) ? VALUE_REQUIRED : undefined);
    if (!facts) continue;
    checkWords(p.name.value, facts, p.value ? [p.value] : [], p.name, text, ctx, out, false);
  }
}

/** Words before the options of a proxy's `server` / `server-template` / `bind` line, as HAProxy requires them (`!*args[n]`). */
const REQUIRED_WORDS: Readonly<Record<string, number>> = { server: 2, 'server-template': 3, bind: 1 };

function requiredAddress(st: Statement, text: string, ctx: RuleContext, out: ArgIssue[]): void {
  const need = REQUIRED_WORDS[st.keyword];
  if (need === undefined) return;
  const words = st.args.slice(0, need);
  // An empty server address word is invalid-address's to report (HAProxy names the empty variable).
  const emptyAt = st.keyword === 'bind' ? words.findIndex((w) => expandedValue(w, text, ctx.env) === '') : words.slice(0, need - 1).findIndex((w) => expandedValue(w, text, ctx.env) === '');
  if (words.length === need && emptyAt < 0) return;
  const empty = emptyAt >= 0 && usesEnv(words[emptyAt]!) ? words[emptyAt] : undefined;
  out.push({ kind: 'missing', name: st.keyword, range: empty ?? st.range, messageId: empty ? 'emptyEnv' : 'missing', data: { name: st.keyword, count: need, word: empty?.raw ?? '' } });
}

/** The values an enum argument takes in the target version. */
const enumAllowed = (t: Extract<ArgType, { type: 'enum' }>, version: HaproxyVersion): string[] => enumValues(t, version, compareVersions as (a: HaproxyVersion, b: HaproxyVersion) => number);

function checkWords(name: string, facts: ArgFacts, words: readonly Word[], at: TextRange, text: string, ctx: RuleContext, out: ArgIssue[], countExtra: boolean): void {
  // Most lines: enough plain words, no typed word, none too many; nothing to expand or check.
  if (facts.args === undefined && facts.options === undefined && facts.valueAfter === undefined && words.length >= (facts.min ?? 0) && !(countExtra && facts.max !== undefined && words.length > facts.max) && words.every((w) => w.plain)) return;
  let values = words.map((w) => expandedValue(w, text, ctx.env));
  if (facts.options) return checkOptions(name, facts, words, values, at, ctx, out);
  if (facts.expression !== undefined && values.length > facts.expression + 1) {
    // The words an expression reads after its first one are its converters, not arguments.
    const from = facts.expression + 1;
    const to = facts.expression + sampleWordSpan(values, facts.expression, ctx.version);
    if (to > from) {
      words = [...words.slice(0, from), ...words.slice(to)];
      values = [...values.slice(0, from), ...values.slice(to)];
    }
  }
  // HAProxy's parsers test each required position (`!*args[1]`): an empty word there is a missing argument.
  if (facts.min !== undefined && (values.length < facts.min || values.slice(0, facts.min).includes(''))) {
    // An argument that is there but empty after expansion (unset `"${VAR}"`) is what HAProxy sees as missing.
    const empty = words.find((w, i) => values[i] === '' && usesEnv(w));
    out.push({ kind: 'missing', name, range: empty ?? at, messageId: empty ? 'emptyEnv' : 'missing', data: { name, count: facts.min, word: empty?.raw ?? '' } });
    return;
  }
  for (const i of facts.valueAfter ?? []) {
    const w = words[i];
    // A keyword the target does not know is invalid-enum-value's finding, not a missing value.
    const t = facts.args?.[i];
    if (t?.type === 'enum' && !enumAllowed(t, ctx.version).includes(values[i]!)) continue;
    if (w && values[i] !== '' && words.length === i + 1 && !facts.noValue?.includes(values[i]!)) {
      out.push({ kind: 'missing', name, range: w, messageId: 'optionValue', data: { name, option: w.value } });
      return;
    }
  }
  // The argument list ends at an empty word: neither it nor what follows is an extra argument.
  const empty = values.indexOf('');
  if (countExtra && facts.max !== undefined && (empty >= 0 ? empty : words.length) > facts.max) {
    const w = words[facts.max]!;
    out.push({ kind: 'extra', name, range: w, messageId: 'extra', data: { name, arg: w.value, max: facts.max } });
  }
  const types = facts.args ?? [];
  const typeAt = (i: number): ArgType | undefined =>
    types[i] ?? (facts.repeat ? types[types.length - 1] : facts.valueTypes && facts.valueAfter?.includes(i - 1) ? facts.valueTypes[values[i - 1]!] : undefined);
  words.forEach((w, i) => checkValue(name, typeAt(i), w, values[i]!, ctx, out));
}

/** `name value` options and value-less flags in any order (`wait-for-body time 1s at-least 1k`): names, values, required ones. */
function checkOptions(name: string, facts: ArgFacts, words: readonly Word[], values: readonly string[], at: TextRange, ctx: RuleContext, out: ArgIssue[]): void {
  const options = facts.options!;
  if (words.some(usesEnv)) return;
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const option = values[i]!;
    if (facts.flags?.includes(option)) {
      seen.add(option);
      continue;
    }
    if (!Object.hasOwn(options, option)) {
      out.push({ kind: 'extra', name, range: w, messageId: 'option', data: { name, arg: option, allowed: `${Object.keys(options).join(', ')}, each with a value${facts.flags ? `, or ${facts.flags.join(', ')}` : ''}` } });
      return;
    }
    const v = words[++i];
    if (!v || values[i] === '') {
      out.push({ kind: 'missing', name, range: w, messageId: 'optionValue', data: { name, option } });
      return;
    }
    seen.add(option);
    checkValue(`${name} ${option}`, options[option], v, values[i]!, ctx, out);
  }
  const absent = facts.required?.find((r) => !seen.has(r));
  if (absent !== undefined) out.push({ kind: 'missing', name, range: at, messageId: 'requiredOption', data: { name, option: absent } });
}

function checkValue(name: string, t: ArgType | undefined, w: Word, v: string, ctx: RuleContext, out: ArgIssue[]): void {
  if (!t || t.type === 'any' || (v === '' && usesEnv(w))) return;
  if (usesEnv(w) && v.includes('$')) return;
  switch (t.type) {
    case 'time': {
      const p = checkTime(v, t);
      if (p?.kind === 'char' && t.orExpression) return;
      const char = p?.kind === 'char' || p?.kind === 'trailing' ? p.char : '';
      if (p) out.push({ kind: p.kind === 'trailing' ? 'time-trailing' : 'time', name, range: w, messageId: p.kind, data: { name, value: v, char, unit: t.unit ?? 'ms', span: t.unit === 's' ? 'about 68 years' : 'about 24.8 days' } });
      return;
    }
    case 'int': {
      const p = checkInt(v, t);
      if (p) out.push({ kind: 'int', name, range: w, messageId: p.kind === 'char' ? 'notInteger' : 'range', data: { name, value: v, char: p.kind === 'char' ? p.char : '', range: `${t.orZero ? '0 or ' : ''}${rangeText(t.min, t.max)}` } });
      return;
    }
    case 'size': {
      const p = checkSize(v);
      if (p) out.push({ kind: 'size', name, range: w, messageId: 'size', data: { name, value: v, char: p.kind === 'char' ? p.char : '' } });
      else if (t.nonZero && /^0+[kKmMgG]?$/.test(v)) out.push({ kind: 'size', name, range: w, messageId: 'zero', data: { name, value: v } });
      return;
    }
    case 'enum': {
      const allowed = enumAllowed(t, ctx.version);
      if (!allowed.includes(v)) out.push({ kind: 'enum', name, range: w, messageId: 'enum', data: { name, value: v, allowed: allowed.map((a) => `'${a}'`).join(', ') } });
      return;
    }
  }
}

function rangeText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `between ${min} and ${max}`;
  if (min !== undefined) return `at least ${min}`;
  return `at most ${max}`;
}
