/** The log format a proxy ends up with: the last line that sets one, along its defaults chain. */
import type { Proxy } from '@hacfg/model';
import type { Statement } from '@hacfg/syntax';

export interface LogFormatSetting {
  readonly statement: Statement;
  readonly from: Proxy;
}

/** True when the line sets the format, false when it clears it, undefined when it does neither. */
function setsFormat(st: Statement): boolean | undefined {
  if (st.type === 'option' && st.name && (st.name.value === 'httplog' || st.name.value === 'tcplog' || st.name.value === 'httpslog')) return st.modifier === undefined;
  if (st.type === 'log-format' && (st.keyword === 'log-format' || st.keyword === 'log-format-sd')) return st.modifier === undefined && st.format.length > 0;
  return undefined;
}

const cache = new WeakMap<Proxy, LogFormatSetting | null>();

/** `option httplog`, `option tcplog`, `option httpslog` and `log-format` replace each other. */
export function logFormatOf(p: Proxy): LogFormatSetting | undefined {
  const hit = cache.get(p);
  if (hit !== undefined) return hit ?? undefined;
  let f = p.defaults ? logFormatOf(p.defaults) : undefined;
  for (const st of p.statements) {
    const sets = setsFormat(st);
    if (sets !== undefined) f = sets ? { statement: st, from: p } : undefined;
  }
  cache.set(p, f ?? null);
  return f;
}
