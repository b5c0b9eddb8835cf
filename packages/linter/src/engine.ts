/**
 * The rule engine: builds the model, runs every enabled rule's visitors over the active statements
 * in load order, adds the parser's diagnostics as `syntax/<code>`, applies inline suppressions and,
 * on request, fixes (up to 10 passes, re-parsing in between).
 */
import { LATEST_STABLE, compareVersions, type HaproxyVersion } from '@hacfg/catalog';
import { Config, buildConfig, type SectionNode } from '@hacfg/model';
import { parse, type Document, type Statement } from '@hacfg/syntax';
import { applyFixes } from './fixes.js';
import { RULES } from './rules/index.js';
import zeroWarningRule from './rules/zero-warning.js';
import { collectSuppressions, suppresses } from './suppressions.js';
import { emptyArguments } from './util/empty-arguments.js';
import { unreadIn } from './util/placement.js';
import type { LintMessage, LintResult, Report, Rule, RuleContext, RuleSeverity, SeveritySetting, Visitors, Where } from './types.js';

export interface LintOptions {
  /** Target HAProxy version (default: newest stable). */
  readonly haproxyVersion?: HaproxyVersion;
  /** Severity per rule id (`syntax/<code>` ids included). */
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
  /** The rules to run (default: all built-in rules). */
  readonly ruleSet?: readonly Rule[];
  /**
   * Environment HAProxy expands `"${VAR}"` and address `$VAR`s from, and `.if defined()/streq()`
   * read. Default: empty, as `haproxy -c` in a clean environment (CI); never `process.env`. The
   * variables HAProxy defines itself (`HAPROXY_LOCALPEER`, `HAPROXY_HTTP_LOG_FMT` …) are added under these.
   */
  readonly env?: Readonly<Record<string, string>>;
  readonly features?: readonly string[];
  /** Apply safe fixes; results then carry `output`. */
  readonly fix?: boolean;
  /**
   * Filled with milliseconds spent per rule (its visitors and hooks, shared analyses it triggers
   * first included) and per engine phase (`(ast+model)`, `(results)`); measuring costs a little.
   */
  readonly timing?: Map<string, number>;
}

export const UNUSED_SUPPRESSION = 'unused-suppression';
export const ZERO_WARNING = 'zero-warning';
const ZERO_WARNING_MESSAGE = zeroWarningRule.meta.messages['fatal']!;

interface Raw {
  readonly ruleId: string;
  readonly severity: RuleSeverity;
  readonly message: string;
  readonly report: Report;
  readonly doc: Document;
}

function severityOf(setting: SeveritySetting | undefined, fallback: RuleSeverity | 'off'): RuleSeverity | 'off' {
  if (setting === undefined) return fallback;
  return setting === 'warn' ? 'warning' : setting;
}

function format(template: string, data: Report['data']): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, k: string) => String(data?.[k] ?? ''));
}

/** Wraps every function of a rule's visitors so that its time adds up under the rule's id. */
function timed(id: string, visitors: Visitors, timing: Map<string, number>): Visitors {
  // Listed even when it has nothing to visit (a rule the engine itself serves).
  if (!timing.has(id)) timing.set(id, 0);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(visitors)) {
    if (typeof v !== 'function') continue;
    const f = v as (...a: unknown[]) => void;
    out[k] = (...a: unknown[]): void => {
      const t0 = performance.now();
      f(...a);
      timing.set(id, (timing.get(id) ?? 0) + performance.now() - t0);
    };
  }
  return out as Visitors;
}

/**
 * A rule that throws is a bug in hacfg, not in the configuration: the error names the rule and
 * where it was looking, so that the report can be acted on; the original error is its cause.
 */
function ruleCrash(ruleId: string | undefined, cause: unknown, doc: Document | undefined, offset: number | undefined): Error {
  let where = '';
  if (doc && offset !== undefined) {
    const p = doc.lineIndex.positionAt(offset);
    where = ` at ${doc.fileName ?? '<text>'}:${p.line + 1}:${p.column + 1}`;
  }
  const err = new Error(`rule '${ruleId ?? 'unknown'}' failed${where} (a bug in hacfg, please report it): ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  if (cause instanceof Error && cause.stack) err.stack = `${err.message}\n${cause.stack.split('\n').slice(1).join('\n')}`;
  return err;
}

function runOnce(docs: readonly Document[], options: LintOptions): LintResult[] {
  const version = options.haproxyVersion ?? LATEST_STABLE;
  const timing = options.timing;
  const t0 = timing ? performance.now() : 0;
  const config = buildConfig(docs, { version, ...(options.env ? { env: options.env } : {}), ...(options.features ? { features: options.features } : {}) });
  if (timing) timing.set('(ast+model)', (timing.get('(ast+model)') ?? 0) + performance.now() - t0);
  const raws: Raw[] = [];
  const rules = options.ruleSet ?? RULES;
  const active: { rule: Rule; visitors: Visitors }[] = [];
  // One object for every rule: per-statement analyses shared by rules are keyed on it.
  const env = config.env;
  let current: Document | undefined;
  for (const rule of rules) {
    const sev = severityOf(options.rules?.[rule.id], rule.meta.severity);
    if (sev === 'off') continue;
    const vr = rule.meta.versions;
    if (vr?.since && compareVersions(version, vr.since) < 0) continue;
    if (vr?.until && compareVersions(version, vr.until) >= 0) continue;
    const ctx: RuleContext = {
      id: rule.id,
      config,
      version,
      env,
      report(r) {
        const doc = r.doc ?? current;
        if (!doc) throw new Error(`rule ${rule.id}: report outside a file needs 'doc'`);
        const template = rule.meta.messages[r.messageId];
        if (template === undefined) throw new Error(`rule ${rule.id}: unknown messageId '${r.messageId}'`);
        raws.push({ ruleId: rule.id, severity: sev, message: format(template, r.data), report: r, doc });
      },
    };
    const visitors = rule.create(ctx);
    active.push({ rule, visitors: timing ? timed(rule.id, visitors, timing) : visitors });
  }
  // Dispatch tables built once: per statement type and per keyword, the handlers in rule order.
  type Handler = (st: Statement, where: Where) => void;
  const generic: Handler[] = [];
  const byType = new Map<string, Handler[]>();
  const byKeyword = new Map<string, Handler[]>();
  // Which rule a visitor belongs to, read only when one throws.
  const owner = new Map<unknown, string>();
  for (const { rule, visitors } of active) for (const v of Object.values(visitors)) owner.set(v, rule.id);
  const add = (m: Map<string, Handler[]>, k: string, h: Handler): void => {
    const l = m.get(k);
    if (l) l.push(h);
    else m.set(k, [h]);
  };
  for (const { visitors } of active) {
    for (const [k, v] of Object.entries(visitors)) {
      if (typeof v !== 'function') continue;
      if (k === 'statement') generic.push(v as Handler);
      else if (k.startsWith('keyword:')) add(byKeyword, k.slice(8), v as Handler);
      else if (k !== 'section' && k !== 'config' && k !== 'config:exit') add(byType, k, v as Handler);
    }
  }
  // Indexed loops: these run once per statement and per section of files with 100k+ lines.
  const visitStatement = (st: Statement, where: Where): void => {
    for (let i = 0; i < generic.length; i++) generic[i]!(st, where);
    const t = byType.get(st.type);
    if (t) for (let i = 0; i < t.length; i++) t[i]!(st, where);
    const k = byKeyword.get(st.keyword);
    if (k) for (let i = 0; i < k.length; i++) k[i]!(st, where);
  };
  /**
   * Statements are visited without a try per call (it slowed large files down); when one throws,
   * its handlers are run again one by one to name the rule that failed.
   */
  const crashOn = (st: Statement, where: Where, e: unknown): Error => {
    for (const h of [...generic, ...(byType.get(st.type) ?? []), ...(byKeyword.get(st.keyword) ?? [])]) {
      try {
        h(st, where);
      } catch (again) {
        return ruleCrash(owner.get(h), again, where.doc, st.range.start);
      }
    }
    return ruleCrash(undefined, e, where.doc, st.range.start);
  };
  const visitAll = (statements: readonly Statement[], where: Where, active?: (st: Statement) => boolean): void => {
    let i = 0;
    try {
      for (; i < statements.length; i++) if (!active || active(statements[i]!)) visitStatement(statements[i]!, where);
    } catch (e) {
      throw crashOn(statements[i]!, where, e);
    }
  };
  /** Runs a hook, naming its rule (and the section, if any) when it throws. */
  const hook = (f: ((node: SectionNode) => void) | undefined, node?: SectionNode): void => {
    if (!f) return;
    try {
      f(node!);
    } catch (e) {
      throw ruleCrash(owner.get(f), e, node?.doc, node?.section.range.start);
    }
  };
  for (const { visitors } of active) hook(visitors.config);
  for (const doc of docs) {
    current = doc;
    visitAll(doc.preamble, { doc, node: undefined, proxy: undefined }, (st) => config.isActive(st));
    visitAll(config.outOfSection(doc), { doc, node: undefined, proxy: undefined });
  }
  const sectionHooks = active.flatMap(({ visitors }) => (visitors.section ? [visitors.section] : []));
  const sections = config.sections;
  for (let n = 0; n < sections.length; n++) {
    const node = sections[n]!;
    current = node.doc;
    for (let i = 0; i < sectionHooks.length; i++) hook(sectionHooks[i], node);
    const where: Where = { doc: node.doc, node, proxy: config.proxyOf(node.section) };
    visitAll(node.statements, where);
  }
  current = undefined;
  for (const { visitors } of active) hook(visitors['config:exit']);
  dropAfterEmptyArguments(raws, config);
  dropUnreadStatements(raws, config);
  addZeroWarning(raws, config, active.map(({ rule }) => rule), severityOf(options.rules?.[ZERO_WARNING], rules.some((r) => r.id === ZERO_WARNING) ? 'error' : 'off'));

  for (const doc of docs) {
    for (const d of doc.diagnostics) {
      const id = `syntax/${d.code}`;
      const sev = severityOf(options.rules?.[id], d.severity === 'error' ? 'error' : 'warning');
      if (sev === 'off') continue;
      raws.push({ ruleId: id, severity: sev, message: d.message, report: { messageId: d.code, range: d.range, ...(d.fix ? { fix: d.fix } : {}) }, doc });
    }
  }
  const unusedSev = severityOf(options.rules?.[UNUSED_SUPPRESSION], rules.some((r) => r.id === UNUSED_SUPPRESSION) ? 'warning' : 'off');
  const t1 = timing ? performance.now() : 0;
  const results = docs.map((doc) => toResult(doc, raws.filter((r) => r.doc === doc), unusedSev));
  if (timing) timing.set('(results)', (timing.get('(results)') ?? 0) + performance.now() - t1);
  return results;
}

/** The rules that report empty arguments themselves. */
const EMPTY_ARGUMENT_RULES = new Set(['empty-argument', 'ignored-after-empty-argument']);

/**
 * HAProxy's parsers never read the words after an empty argument (up to 3.2 they are ignored, from
 * 3.3 the line is refused): what other rules found there is not what HAProxy sees, and is dropped.
 * Findings on the empty word itself stay (a required value it leaves missing is HAProxy's error too).
 */
function dropAfterEmptyArguments(raws: Raw[], config: Config): void {
  const cut = new Map<Document, Map<number, number>>();
  for (const doc of config.docs) {
    const found = emptyArguments(config, doc);
    if (found.length > 0) cut.set(doc, new Map(found.map((e) => [e.line.index, e.word.end])));
  }
  if (cut.size === 0) return;
  let kept = 0;
  for (const raw of raws) {
    const byLine = cut.get(raw.doc);
    const start = raw.report.range.start;
    const from = byLine && !EMPTY_ARGUMENT_RULES.has(raw.ruleId) ? byLine.get(raw.doc.lineIndex.positionAt(start).line) : undefined;
    if (from === undefined || start < from) raws[kept++] = raw;
  }
  raws.length = kept;
}

/**
 * Lines HAProxy skips after warning that they are ignored (`stick` in a frontend): only that
 * warning is about what HAProxy sees; other rules' findings there are dropped.
 */
function dropUnreadStatements(raws: Raw[], config: Config): void {
  const skipped = new Map<Document, Statement[]>();
  for (const node of config.sections) {
    if (node.keyword !== 'frontend') continue;
    for (const st of node.statements) {
      if (!unreadIn(st.keyword, node.keyword)) continue;
      const l = skipped.get(node.doc);
      if (l) l.push(st);
      else skipped.set(node.doc, [st]);
    }
  }
  if (skipped.size === 0) return;
  let kept = 0;
  for (const raw of raws) {
    const start = raw.report.range.start;
    const inside = raw.ruleId !== 'keyword-ignored' && skipped.get(raw.doc)?.some((st) => start >= st.range.start && start < st.range.end);
    if (!inside) raws[kept++] = raw;
  }
  raws.length = kept;
}

/**
 * `zero-warning` in the global section: HAProxy refuses to start on any warning, so each finding
 * of a rule that mirrors one of HAProxy's warnings gets an error beside it.
 */
function addZeroWarning(raws: Raw[], config: Config, rules: readonly Rule[], sev: RuleSeverity | 'off'): void {
  if (sev === 'off') return;
  const line = config.globalLines('zero-warning')[0];
  if (!line) return;
  const mirrors = new Map(rules.map((r) => [r.id, r.meta.haproxyWarning]));
  const related = [{ message: "'zero-warning' is set here", range: line.statement.keywordWord, doc: line.section.doc }];
  for (const raw of raws.slice()) {
    const m = mirrors.get(raw.ruleId);
    if (raw.severity !== 'warning' || !m || (m !== true && !m.includes(raw.report.messageId))) continue;
    const report: Report = { messageId: 'fatal', data: { ruleId: raw.ruleId, message: raw.message }, range: raw.report.range, related };
    raws.push({ ruleId: ZERO_WARNING, severity: sev, message: format(ZERO_WARNING_MESSAGE, report.data), report, doc: raw.doc });
  }
}

function toResult(doc: Document, raws: readonly Raw[], unusedSev: RuleSeverity | 'off'): LintResult {
  const idx = doc.lineIndex;
  const sups = collectSuppressions(doc);
  const seen = new Set<string>();
  const messages: LintMessage[] = [];
  const make = (ruleId: string, severity: RuleSeverity, message: string, r: Report): LintMessage => {
    const s = idx.positionAt(r.range.start);
    const e = idx.positionAt(r.range.end);
    return {
      ruleId,
      messageId: r.messageId,
      severity,
      message,
      range: r.range,
      line: s.line + 1,
      column: s.column + 1,
      endLine: e.line + 1,
      endColumn: e.column + 1,
      ...(r.related && r.related.length > 0
        ? {
            related: r.related.map((x) => {
              const d = x.doc ?? doc;
              const p = d.lineIndex.positionAt(x.range.start);
              return { message: x.message, filePath: d.fileName, range: x.range, line: p.line + 1, column: p.column + 1 };
            }),
          }
        : {}),
      ...(r.fix && r.fix.length > 0 ? { fix: r.fix } : {}),
    };
  };
  for (const raw of raws) {
    const key = `${raw.ruleId}\0${raw.report.range.start}\0${raw.report.range.end}\0${raw.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (suppresses(sups, raw.ruleId, idx.positionAt(raw.report.range.start).line)) continue;
    messages.push(make(raw.ruleId, raw.severity, raw.message, raw.report));
  }
  if (unusedSev !== 'off') {
    for (const s of sups) {
      const unused = s.rules.length === 0 ? (s.used.size === 0 ? ['*'] : []) : s.rules.filter((r) => !s.used.has(r));
      if (unused.length === 0) continue;
      const what = unused[0] === '*' ? 'any problem' : unused.map((u) => `'${u}'`).join(', ');
      messages.push(make(UNUSED_SUPPRESSION, unusedSev, `unused suppression: no ${what} reported here`, { messageId: 'unused', range: s.comment }));
    }
  }
  messages.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  const errorCount = messages.filter((m) => m.severity === 'error').length;
  return {
    filePath: doc.fileName,
    doc,
    messages,
    errorCount,
    warningCount: messages.length - errorCount,
    fixableCount: messages.filter((m) => m.fix).length,
  };
}

/**
 * Lints one configuration made of `input` (files in load order). Returns one result per file.
 * A prebuilt `Config` is re-read from its documents so the target version always applies.
 */
export function lint(input: Document | readonly Document[] | Config, options: LintOptions = {}): LintResult[] {
  const docs: readonly Document[] = input instanceof Config ? input.docs : Array.isArray(input) ? input : [input as Document];
  const first = runOnce(docs, options);
  if (!options.fix) return first;
  let results = first;
  let current = docs;
  for (let pass = 0; pass < 10; pass++) {
    let changed = false;
    const next = results.map((r, i) => {
      const { output, applied } = applyFixes(current[i]!.text, r.messages);
      if (applied === 0) return current[i]!;
      changed = true;
      return parse(output, current[i]!.fileName !== undefined ? { fileName: current[i]!.fileName! } : {});
    });
    if (!changed) break;
    current = next;
    results = runOnce(current, options);
  }
  return results.map((r, i) => (current[i] !== docs[i] ? { ...r, output: current[i]!.text } : r));
}

/** Convenience: lint one text. */
export function lintText(text: string, options: LintOptions & { fileName?: string } = {}): LintResult {
  return lint(parse(text, options.fileName !== undefined ? { fileName: options.fileName } : {}), options)[0]!;
}
