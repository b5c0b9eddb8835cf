/**
 * Log formats along a proxy's defaults chain: the last line that sets one wins, the proxy's own
 * lines over its defaults'. `logFormatOf` is whether the proxy logs with a format at all;
 * `formatLineOf` is the line of one format HAProxy compiles for the proxy.
 */
import type { Proxy } from '@hacfg/model';
import type { Statement } from '@hacfg/syntax';

export interface LogFormatSetting {
  readonly statement: Statement;
  readonly from: Proxy;
}

const LOG_OPTIONS = new Set(['httplog', 'tcplog', 'httpslog']);
const isLogOption = (st: Statement): boolean => st.type === 'option' && st.name !== undefined && LOG_OPTIONS.has(st.name.value);

/**
 * What the chain ends with for one kind of line: `pick` says whether a line sets it (a value),
 * clears it (null) or neither (undefined). Memoised per proxy in `cache`: large files have tens of
 * thousands of proxies sharing a few defaults sections.
 */
function alongChain<T>(p: Proxy, cache: WeakMap<Proxy, T | null>, pick: (st: Statement, p: Proxy) => T | null | undefined): T | undefined {
  const hit = cache.get(p);
  if (hit !== undefined) return hit ?? undefined;
  let found: T | null | undefined;
  for (const st of p.statements) {
    const v = pick(st, p);
    if (v !== undefined) found = v;
  }
  const r = found === undefined ? (p.defaults ? alongChain(p.defaults, cache, pick) : undefined) : found ?? undefined;
  cache.set(p, r ?? null);
  return r;
}

const anyFormat = new WeakMap<Proxy, LogFormatSetting | null>();

/** `option httplog`, `option tcplog`, `option httpslog` and `log-format`(-sd) replace each other. */
export function logFormatOf(p: Proxy): LogFormatSetting | undefined {
  return alongChain(p, anyFormat, (st, from) => {
    if (isLogOption(st)) return st.modifier === undefined ? { statement: st, from } : null;
    if (st.type === 'log-format' && (st.keyword === 'log-format' || st.keyword === 'log-format-sd')) return st.modifier === undefined && st.format.length > 0 ? { statement: st, from } : null;
    return undefined;
  });
}

const byKeyword = new Map<string, WeakMap<Proxy, Statement | null>>();

/**
 * The `keyword` line (`log-format`, `log-format-sd`, `error-log-format`, `unique-id-format`) a
 * proxy ends up with; a later `option httplog|tcplog|httpslog` replaces a `log-format` line.
 */
export function formatLineOf(p: Proxy, keyword: string): Statement | undefined {
  let cache = byKeyword.get(keyword);
  if (!cache) byKeyword.set(keyword, (cache = new WeakMap()));
  return alongChain(p, cache, (st) => (st.modifier !== undefined ? undefined : st.keyword === keyword ? st : keyword === 'log-format' && isLogOption(st) ? null : undefined));
}
