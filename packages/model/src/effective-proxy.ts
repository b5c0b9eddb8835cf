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

function chain(p: Proxy): Proxy[] {
  const out: Proxy[] = [];
  for (let q: Proxy | undefined = p; q; q = q.defaults) out.unshift(q);
  return out;
}

/** The last setting of `keyword` along the chain (proxy last). */
function lastSetting(list: Proxy[], keyword: string): Setting | undefined {
  let out: Setting | undefined;
  for (const q of list) for (const st of q.statements) if (st.keyword === keyword && st.modifier === undefined) out = { value: st.args.map((w) => w.value).join(' '), statement: st, from: q };
  return out;
}

function checkRules(list: Proxy[], keyword: 'http-check' | 'tcp-check'): CheckRuleStatement[] {
  for (let i = list.length - 1; i >= 0; i--) {
    const own = list[i]!.statements.filter((s): s is CheckRuleStatement => s.type === 'check-rule' && s.keyword === keyword);
    if (own.length > 0) return own;
  }
  return [];
}

const cache = new WeakMap<Proxy, EffectiveProxy>();

export function effectiveProxy(proxy: Proxy): EffectiveProxy {
  const hit = cache.get(proxy);
  if (hit) return hit;
  const list = chain(proxy);
  const options = new Map<string, OptionSetting>();
  let checkOption: OptionSetting | undefined;
  for (const q of list) {
    for (const st of q.statements) {
      if (st.type !== 'option' || !st.name || st.modifier === 'default') continue;
      const s: OptionSetting = { enabled: st.modifier !== 'no', statement: st, from: q };
      options.set(st.name.value, s);
      if (CHECK_OPTIONS.has(st.name.value)) checkOption = s.enabled ? s : checkOption?.statement.name?.value === st.name.value ? undefined : checkOption;
    }
  }
  const cookie = lastSetting(list, 'cookie');
  const own = (kw: string): Statement[] => proxy.statements.filter((s) => s.keyword === kw);
  const out: EffectiveProxy = {
    proxy,
    mode: proxy.mode,
    timeouts: proxy.timeouts,
    options,
    checkOption,
    httpCheckRules: checkRules(list, 'http-check'),
    tcpCheckRules: checkRules(list, 'tcp-check'),
    balance: lastSetting(list, 'balance'),
    cookie: cookie as EffectiveProxy['cookie'],
    stickTable: own('stick-table')[0],
    stickRules: own('stick'),
    monitorUri: lastSetting(list, 'monitor-uri'),
    monitorFail: proxy.statements.filter((s): s is MonitorStatement => s.type === 'monitor' && s.sub?.value === 'fail'),
    binds: proxy.statements.filter((s): s is BindStatement => s.type === 'bind'),
    servers: effectiveServers(proxy),
  };
  cache.set(proxy, out);
  return out;
}

/** Whether an option is on for this proxy, own or inherited. */
export function optionEnabled(p: EffectiveProxy, name: string): boolean {
  return p.options.get(name)?.enabled === true;
}
