/**
 * A proxy's effective settings after defaults inheritance: options, health-check type and rules,
 * persistence, monitor settings and servers. Own lines win over the defaults chain.
 */
import type { BindStatement, CheckRuleStatement, CookieStatement, MonitorStatement, OptionStatement, Statement } from '@hacfg/syntax';
import { effectiveServers, type EffectiveServer } from './effective-servers.js';
import type { Proxy, Setting } from './types.js';

export interface OptionSetting {
  readonly enabled: boolean;
  readonly statement: OptionStatement;
  readonly from: Proxy;
}

/** `option` keywords that choose how servers are health-checked; the last one wins. */
export const CHECK_OPTIONS: ReadonlySet<string> = new Set([
  'httpchk', 'ssl-hello-chk', 'tcp-check', 'smtpchk', 'pgsql-check', 'mysql-check', 'ldap-check', 'redis-check', 'spop-check', 'external-check',
]);

export interface EffectiveProxy {
  readonly proxy: Proxy;
  readonly mode: string;
  readonly timeouts: Proxy['timeouts'];
  /** `option NAME` / `no option NAME` in effect, by name. */
  readonly options: ReadonlyMap<string, OptionSetting>;
  /** The check-type option in effect (`httpchk`, `ssl-hello-chk`, …); plain TCP connect when absent. */
  readonly checkOption: OptionSetting | undefined;
  /** `http-check` / `tcp-check` rules: own ones, else those of the defaults chain. */
  readonly httpCheckRules: readonly CheckRuleStatement[];
  readonly tcpCheckRules: readonly CheckRuleStatement[];
  readonly balance: Setting | undefined;
  readonly cookie: (Setting & { readonly statement: CookieStatement }) | undefined;
  readonly stickTable: Statement | undefined;
  /** `stick on|match|store-*` lines. */
  readonly stickRules: readonly Statement[];
  readonly monitorUri: Setting | undefined;
  readonly monitorFail: readonly MonitorStatement[];
  readonly binds: readonly BindStatement[];
  readonly servers: readonly EffectiveServer[];
}

/** A setting's value: its arguments as written, joined by single spaces. */
function setting(st: Statement, from: Proxy): Setting {
  return { value: st.args.map((w) => w.value).join(' '), statement: st, from };
}

const cache = new WeakMap<Proxy, EffectiveProxy>();

const NO_OPTIONS: ReadonlyMap<string, OptionSetting> = new Map();
const NO_CHECK_RULES: readonly CheckRuleStatement[] = [];
const NONE: readonly never[] = [];

/**
 * The proxy's own lines over what its defaults section has in effect (itself computed the same
 * way, once, and shared by every proxy using it): a large file has tens of thousands of proxies.
 */
export function effectiveProxy(proxy: Proxy): EffectiveProxy {
  const hit = cache.get(proxy);
  if (hit) return hit;
  const parent = proxy.defaults ? effectiveProxy(proxy.defaults) : undefined;
  let options: Map<string, OptionSetting> | undefined;
  let checkOption = parent?.checkOption;
  // The last `cookie` / `balance` / `monitor-uri` line without a `no`/`default` prefix along the chain.
  let cookie = parent?.cookie;
  let balance = parent?.balance;
  let monitorUri = parent?.monitorUri;
  // Check rules come from the last section of the chain that has any of that kind.
  let http: CheckRuleStatement[] | undefined;
  let tcp: CheckRuleStatement[] | undefined;
  let stickTable: Statement | undefined;
  // Created on first use: most proxies of a large file have none of these.
  let stickRules: Statement[] | undefined;
  let monitorFail: MonitorStatement[] | undefined;
  let binds: BindStatement[] | undefined;
  const statements = proxy.statements;
  for (let i = 0; i < statements.length; i++) {
    const st = statements[i]!;
    if (st.type === 'option') {
      if (!st.name || st.modifier === 'default') continue;
      const s: OptionSetting = { enabled: st.modifier !== 'no', statement: st, from: proxy };
      (options ??= new Map(parent?.options ?? NO_OPTIONS)).set(st.name.value, s);
      if (CHECK_OPTIONS.has(st.name.value)) checkOption = s.enabled ? s : checkOption?.statement.name?.value === st.name.value ? undefined : checkOption;
      continue;
    }
    if (st.type === 'check-rule') {
      if (st.keyword === 'http-check') (http ??= []).push(st);
      else if (st.keyword === 'tcp-check') (tcp ??= []).push(st);
    }
    if (st.modifier === undefined) {
      if (st.keyword === 'cookie') cookie = setting(st, proxy) as EffectiveProxy['cookie'];
      else if (st.keyword === 'balance') balance = setting(st, proxy);
      else if (st.keyword === 'monitor-uri') monitorUri = setting(st, proxy);
    }
    if (st.keyword === 'stick-table') stickTable ??= st;
    else if (st.keyword === 'stick') (stickRules ??= []).push(st);
    if (st.type === 'monitor' && st.sub?.value === 'fail') (monitorFail ??= []).push(st);
    else if (st.type === 'bind') (binds ??= []).push(st);
  }
  const out: EffectiveProxy = {
    proxy,
    mode: proxy.mode,
    timeouts: proxy.timeouts,
    options: options ?? parent?.options ?? NO_OPTIONS,
    checkOption,
    httpCheckRules: http ?? parent?.httpCheckRules ?? NO_CHECK_RULES,
    tcpCheckRules: tcp ?? parent?.tcpCheckRules ?? NO_CHECK_RULES,
    balance,
    cookie,
    stickTable,
    stickRules: stickRules ?? NONE,
    monitorUri,
    monitorFail: monitorFail ?? NONE,
    binds: binds ?? NONE,
    servers: effectiveServers(proxy),
  };
  cache.set(proxy, out);
  return out;
}

/** Whether an option is on for this proxy, own or inherited. */
export function optionEnabled(p: EffectiveProxy, name: string): boolean {
  return p.options.get(name)?.enabled === true;
}
