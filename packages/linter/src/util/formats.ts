/**
 * The log-format strings HAProxy actually reads, and in which proxies: a proxy-level format
 * (`log-format`, `log-format-sd`, `error-log-format`, `unique-id-format`) is read once per proxy
 * that ends up with it (a defaults section's only through the proxies inheriting it; a backend's
 * only for `unique-id-format`), with that proxy's final mode; a rule's format when its line is
 * read, with the mode set so far until 2.9 and the final one from 3.0 (lf_expr_postcheck()); a
 * `use_backend`/`use-server` name when the configuration is checked, with the final mode; a
 * log-profile step's when its line is read, with no proxy.
 */
import { compareVersions, type HaproxyVersion } from '@hacfg/catalog';
import { formatWordsOf, type Config, type Proxy } from '@hacfg/model';
import { parseLogFormatWord, type LogFormatPart, type Statement } from '@hacfg/syntax';
import type { RuleContext, Visitors, Where } from '../types.js';
import { formatLineOf } from './log-format.js';

export interface FormatRead {
  readonly parts: readonly LogFormatPart[];
  /** A proxy that reads it outside HTTP mode, if any, and that mode: HTTP-only variables are refused there. */
  readonly nonHttp: { readonly proxy: Proxy; readonly mode: string } | undefined;
}

/** Proxy-level formats that backends ignore (with a warning). */
const FRONTEND_ONLY = new Set(['log-format', 'log-format-sd', 'error-log-format']);

const readersCache = new WeakMap<Config, Map<Statement, Proxy[]>>();

/** The proxies that read each proxy-level format line (built once, on first need). */
function readersOf(config: Config): Map<Statement, Proxy[]> {
  let m = readersCache.get(config);
  if (m) return m;
  m = new Map();
  for (const p of config.realProxies) {
    for (const k of [...FRONTEND_ONLY, 'unique-id-format']) {
      if (!p.isFrontend && FRONTEND_ONLY.has(k)) continue;
      const st = formatLineOf(p, k);
      if (!st) continue;
      const l = m.get(st);
      if (l) l.push(p);
      else m.set(st, [p]);
    }
  }
  readersCache.set(config, m);
  return m;
}

/** The mode HAProxy has for the proxy when it parses `st`: until 2.9, a later `mode` line does not count yet. */
function modeAt(p: Proxy, st: Statement, version: HaproxyVersion): string {
  const own = p.modeSetting;
  if (compareVersions(version, '3.0') < 0 && own && own.from.section === p.section && own.statement.range.start > st.range.start) return p.defaults?.mode ?? 'tcp';
  return p.mode;
}

const NONE: readonly FormatRead[] = [];

/** The last answer: the rules reading formats ask about the same statement one after the other. */
let last: { st: Statement; config: Config; version: HaproxyVersion; reads: readonly FormatRead[] } | undefined;

/** The formats of a statement that HAProxy reads, with where they are read (none for most lines). Shared: do not modify. */
export function formatsRead(st: Statement, where: Where, config: Config, version: HaproxyVersion): readonly FormatRead[] {
  if (last?.st === st && last.config === config && last.version === version) return last.reads;
  const reads = read(st, where, config, version);
  last = { st, config, version, reads };
  return reads;
}

function read(st: Statement, where: Where, config: Config, version: HaproxyVersion): readonly FormatRead[] {
  const p = where.proxy;
  const source = where.doc.text;
  // A log-profile step's formats (3.1+) are compiled without a proxy, for any mode.
  if (!p) return where.node?.keyword === 'log-profile' ? formatWordsOf(st).map((w) => ({ parts: parseLogFormatWord(w, source), nonHttp: undefined })) : NONE;
  if (st.type === 'log-format') {
    if (st.modifier !== undefined || st.format.length === 0) return NONE;
    const readers = p.kind === 'defaults' ? readersOf(config).get(st) : formatLineOf(p, st.keyword) === st && (p.isFrontend || !FRONTEND_ONLY.has(st.keyword)) ? [p] : undefined;
    if (!readers) return NONE;
    const proxy = readers.find((r) => r.mode !== 'http');
    return [{ parts: st.format, nonHttp: proxy ? { proxy, mode: proxy.mode } : undefined }];
  }
  const words = formatWordsOf(st);
  if (words.length === 0) return NONE;
  // A switching rule's name is compiled when the configuration is checked, with the final mode.
  const mode = st.type === 'backend-rule' ? p.mode : modeAt(p, st, version);
  const nonHttp = mode === 'http' ? undefined : { proxy: p, mode };
  return words.map((w) => ({ parts: parseLogFormatWord(w, source), nonHttp }));
}

/** Visitors of the statements that can hold a format, calling `fn` for each format HAProxy reads. */
export function formatVisitors(ctx: RuleContext, fn: (f: FormatRead, where: Where, st: Statement) => void): Visitors {
  const visit = (st: Statement, where: Where): void => {
    for (const f of formatsRead(st, where, ctx.config, ctx.version)) fn(f, where, st);
  };
  return { 'log-format': visit, rule: visit, 'check-rule': visit, 'backend-rule': visit, 'keyword:http-error': visit, 'keyword:on': visit };
}
