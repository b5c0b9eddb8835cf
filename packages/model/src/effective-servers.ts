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
const NO_PARAMS: ReadonlyMap<string, ServerParam> = new Map();
const chainCache = new WeakMap<Proxy, ReadonlyMap<string, ServerParam>>();

/** What the `default-server` lines of a defaults chain set; shared by every proxy using it. */
function chainParams(defaults: Proxy | undefined): ReadonlyMap<string, ServerParam> {
  if (!defaults) return NO_PARAMS;
  let m = chainCache.get(defaults);
  if (!m) {
    const into = new Map<string, ServerParam>();
    for (const d of defaultChain(defaults)) apply(into, d, true);
    chainCache.set(defaults, (m = into));
  }
  return m;
}

/** The fields that follow from the effective parameters alone, not from the server's address. */
type Shared = Omit<EffectiveServer, 'proxy' | 'name' | 'statement' | 'nameRange' | 'host' | 'port' | 'params' | 'checkPort'>;
interface Settings {
  readonly portParam: number | undefined;
  readonly shared: Shared;
}

/**
 * Settings by inherited parameters, then by the server's own parameters as written: a large file
 * has tens of thousands of servers and few distinct parameter lists, so each list is read once.
 */
const settingsCache = new WeakMap<ReadonlyMap<string, ServerParam>, Map<string, Settings>>();

function settingsOf(inherited: ReadonlyMap<string, ServerParam>, st: ServerStatement, source: string): Settings {
  let byText = settingsCache.get(inherited);
  if (!byText) settingsCache.set(inherited, (byText = new Map()));
  const ps = st.params;
  // The same text is the same words, hence the same values.
  const text = ps.length === 0 ? '' : source.slice(ps[0]!.name.start, ps[ps.length - 1]!.range.end);
  let s = byText.get(text);
  if (!s) {
    const params = new Map(inherited);
    apply(params, st, false);
    byText.set(text, (s = settings(params)));
  }
  return s;
}

/** The servers (and server templates) of a proxy, in order, with their effective settings. */
export function effectiveServers(proxy: Proxy): readonly EffectiveServer[] {
  const hit = cache.get(proxy);
  if (hit) return hit;
  let inherited = chainParams(proxy.defaults);
  const out: EffectiveServer[] = [];
  for (const st of proxy.statements) {
    if (st.type !== 'server') continue;
    if (st.keyword === 'default-server') {
      // Copied on write: the chain's map is shared with the other proxies of the chain.
      const next = new Map(inherited);
      apply(next, st, true);
      inherited = next;
      continue;
    }
    if (!st.name) continue;
    out.push(new Server(proxy, st, inherited, settingsOf(inherited, st, proxy.doc.text)));
  }
  cache.set(proxy, out);
  return out;
}

/** The shared settings' fields, copied into each server (declaration merging: no second list of them). */
interface Server extends Shared {}

class Server implements EffectiveServer {
  readonly name: string;
  readonly nameRange: TextRange;
  readonly host: string | undefined;
  readonly port: number | undefined;
  readonly checkPort: number | undefined;
  private paramsCache: ReadonlyMap<string, ServerParam> | undefined;

  constructor(
    readonly proxy: Proxy,
    readonly statement: ServerStatement,
    private readonly inherited: ReadonlyMap<string, ServerParam>,
    s: Settings,
  ) {
    this.name = statement.name!.value;
    this.nameRange = statement.name!;
    const a = statement.address;
    this.host = a?.host;
    this.port = a && !a.portOffset && a.portRange && a.portRange.low === a.portRange.high ? a.portRange.low : undefined;
    this.checkPort = s.portParam ?? this.port;
    Object.assign(this, s.shared);
  }

  /** Built when asked: the settings above are shared between servers, this map cannot be. */
  get params(): ReadonlyMap<string, ServerParam> {
    if (!this.paramsCache) {
      const m = new Map(this.inherited);
      apply(m, this.statement, false);
      this.paramsCache = m;
    }
    return this.paramsCache;
  }
}

function settings(params: ReadonlyMap<string, ServerParam>): Settings {
  const val = (n: string): string | undefined => params.get(n)?.param.value?.value;
  const has = (n: string): boolean => params.has(n);
  const int = (n: string): number | undefined => {
    const v = val(n);
    return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
  };
  const ssl = has('ssl');
  const separateCheck = has('port') || has('addr');
  const sp = sendProxyParam(params);
  const shared: Shared = {
    check: has('check'),
    inter: parseDuration(val('inter')) ?? CHECK_DEFAULTS.inter,
    fastinter: parseDuration(val('fastinter')),
    downinter: parseDuration(val('downinter')),
    fall: int('fall') ?? CHECK_DEFAULTS.fall,
    rise: int('rise') ?? CHECK_DEFAULTS.rise,
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
  return { portParam: int('port'), shared };
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
