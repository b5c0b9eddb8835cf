/**
 * Each server's settings as HAProxy applies them: the `default-server` lines of the defaults chain,
 * then the proxy's own `default-server` lines seen so far (HAProxy copies them when it reads each
 * `server` line), then the server's own parameters; `no-X` cancels X.
 */
import type { Param, ServerStatement, TextRange } from '@hacfg/syntax';
import { parseDuration } from './durations.js';
import type { Proxy } from './types.js';

/** Where an effective parameter comes from. */
export interface ServerParam {
  readonly param: Param;
  readonly statement: ServerStatement;
  /** True when set by a `default-server` line. */
  readonly inherited: boolean;
}

/** HAProxy's defaults when the parameter is absent. */
export const CHECK_DEFAULTS = { inter: 2000, fall: 3, rise: 2, weight: 1 } as const;

export interface EffectiveServer {
  readonly proxy: Proxy;
  readonly name: string;
  readonly statement: ServerStatement;
  readonly nameRange: TextRange;
  readonly host: string | undefined;
  /** Traffic port; undefined for unix sockets, relative (`+1`) or env ports. */
  readonly port: number | undefined;
  readonly params: ReadonlyMap<string, ServerParam>;
  readonly check: boolean;
  /** Milliseconds between checks (`inter`), and the variants used while changing state / when down. */
  readonly inter: number;
  readonly fastinter: number | undefined;
  readonly downinter: number | undefined;
  readonly fall: number;
  readonly rise: number;
  /** Port the health check connects to: `port`, else the traffic port. */
  readonly checkPort: number | undefined;
  readonly checkAddr: string | undefined;
  /** Checks run over TLS: `check-ssl`, or `ssl` without a separate check port/addr. */
  readonly checkSsl: boolean;
  readonly checkSni: string | undefined;
  readonly ssl: boolean;
  readonly agentCheck: boolean;
  readonly agentPort: number | undefined;
  readonly agentInter: number | undefined;
  readonly observe: string | undefined;
  readonly onMarkedDown: string | undefined;
  readonly backup: boolean;
  readonly weight: number;
  readonly disabled: boolean;
  /** `track [backend/]server`. */
  readonly track: string | undefined;
  readonly cookie: string | undefined;
  /** `send-proxy` → 1, `send-proxy-v2`/`send-proxy-v2-ssl*` → 2. */
  readonly sendProxy: 1 | 2 | undefined;
}

/** Parameters that switch each other off (the `no-` form is generic). */
const OPPOSITES: Readonly<Record<string, string>> = { enabled: 'disabled', disabled: 'enabled' };

function apply(into: Map<string, ServerParam>, st: ServerStatement, inherited: boolean): void {
  for (const p of st.params) {
    const name = p.name.value;
    if (name.startsWith('no-') && name !== 'no-verifyhost' && name !== 'no-tls-tickets' && !/^no-(sslv3|tlsv1\d*)$/.test(name)) {
      into.delete(name.slice(3));
      continue;
    }
    const opposite = OPPOSITES[name];
    if (opposite) into.delete(opposite);
    into.set(name, { param: p, statement: st, inherited });
  }
}

/** `default-server` lines from the oldest defaults section of the chain to the newest. */
function defaultChain(p: Proxy | undefined): ServerStatement[] {
  if (!p) return [];
  const own = p.statements.filter((s): s is ServerStatement => s.type === 'server' && s.keyword === 'default-server');
  return [...defaultChain(p.defaults), ...own];
}

const cache = new WeakMap<Proxy, readonly EffectiveServer[]>();

/** The servers (and server templates) of a proxy, in order, with their effective settings. */
export function effectiveServers(proxy: Proxy): readonly EffectiveServer[] {
  const hit = cache.get(proxy);
  if (hit) return hit;
  const current = new Map<string, ServerParam>();
  for (const d of defaultChain(proxy.defaults)) apply(current, d, true);
  const out: EffectiveServer[] = [];
  for (const st of proxy.statements) {
    if (st.type !== 'server') continue;
    if (st.keyword === 'default-server') {
      apply(current, st, true);
      continue;
    }
    if (!st.name) continue;
    const params = new Map(current);
    apply(params, st, false);
    out.push(build(proxy, st, params));
  }
  cache.set(proxy, out);
  return out;
}

function build(proxy: Proxy, st: ServerStatement, params: Map<string, ServerParam>): EffectiveServer {
  const val = (n: string): string | undefined => params.get(n)?.param.value?.value;
  const has = (n: string): boolean => params.has(n);
  const int = (n: string): number | undefined => {
    const v = val(n);
    return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
  };
  const a = st.address;
  const port = a && !a.portOffset && a.portRange && a.portRange.low === a.portRange.high ? a.portRange.low : undefined;
  const checkPort = int('port') ?? port;
  const ssl = has('ssl');
  const separateCheck = has('port') || has('addr');
  const sp = sendProxyParam(params);
  return {
    proxy,
    name: st.name!.value,
    statement: st,
    nameRange: st.name!,
    host: a?.host,
    port,
    params,
    check: has('check'),
    inter: parseDuration(val('inter')) ?? CHECK_DEFAULTS.inter,
    fastinter: parseDuration(val('fastinter')),
    downinter: parseDuration(val('downinter')),
    fall: int('fall') ?? CHECK_DEFAULTS.fall,
    rise: int('rise') ?? CHECK_DEFAULTS.rise,
    checkPort,
    checkAddr: val('addr'),
    checkSsl: has('check-ssl') || (ssl && !separateCheck),
    checkSni: val('check-sni'),
    ssl,
    agentCheck: has('agent-check'),
    agentPort: int('agent-port'),
    agentInter: parseDuration(val('agent-inter')),
    observe: val('observe'),
    onMarkedDown: val('on-marked-down'),
    backup: has('backup'),
    weight: int('weight') ?? CHECK_DEFAULTS.weight,
    disabled: has('disabled'),
    track: val('track'),
    cookie: val('cookie'),
    sendProxy: sp === undefined ? undefined : sp === 'send-proxy' ? 1 : 2,
  };
}

/** The first `send-proxy` / `send-proxy-v2*` parameter in effect, in insertion order. */
function sendProxyParam(params: ReadonlyMap<string, ServerParam>): string | undefined {
  for (const k of params.keys()) if (k === 'send-proxy' || k.startsWith('send-proxy-v2')) return k;
  return undefined;
}

/** Milliseconds from a server's death to HAProxy marking it DOWN: the first failed check, then `fall - 1` more at `fastinter`. */
export function timeToDown(s: EffectiveServer): number {
  return s.inter + (s.fall - 1) * (s.fastinter ?? s.inter);
}

/** Milliseconds from a DOWN server's recovery to HAProxy marking it UP again. */
export function timeToUp(s: EffectiveServer): number {
  return (s.downinter ?? s.inter) + (s.rise - 1) * (s.fastinter ?? s.inter);
}
