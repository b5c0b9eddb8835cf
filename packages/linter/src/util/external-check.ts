/** Proxies whose health checks run an external command (`option external-check` in effect). */
import { effectiveProxy, type Config, type Proxy } from '@hacfg/model';
import type { Statement } from '@hacfg/syntax';
import type { RuleContext } from '../types.js';
import { reportSetting } from './inherited.js';

interface ExternalCheck {
  readonly proxy: Proxy;
  readonly option: Statement;
  readonly from: Proxy;
}

/** Computed once per configuration: three rules ask, and most configurations have none. */
const cache = new WeakMap<Config, { readonly mentioned: boolean; readonly proxies: readonly ExternalCheck[] }>();

function externalChecks(config: Config): { readonly mentioned: boolean; readonly proxies: readonly ExternalCheck[] } {
  let hit = cache.get(config);
  if (!hit) {
    const mentioned = config.sections.some((s) => s.statements.some((st) => st.keyword === 'external-check' || (st.type === 'option' && st.name?.value === 'external-check')));
    const proxies: ExternalCheck[] = [];
    if (mentioned) {
      for (const p of config.realProxies) {
        const c = effectiveProxy(p).checkOption;
        if (c?.statement.name?.value === 'external-check') proxies.push({ proxy: p, option: c.statement, from: c.from });
      }
    }
    cache.set(config, (hit = { mentioned, proxies }));
  }
  return hit;
}

/** Whether the configuration has any `external-check …` or `option external-check` line. */
export function mentionsExternalCheck(config: Config): boolean {
  return externalChecks(config).mentioned;
}

/** Each proxy whose checks are external, with the `option external-check` line that applies to it. */
export function externalCheckProxies(config: Config): readonly ExternalCheck[] {
  return externalChecks(config).proxies;
}

/** Reports at the option line when the proxy has it itself, else at the proxy name with the line as related. */
export function reportAtOption(ctx: RuleContext, e: { proxy: Proxy; option: Statement; from: Proxy }, messageId: string): void {
  reportSetting(ctx, e.proxy, { statement: e.option, from: e.from }, messageId, { kind: e.proxy.kind, name: e.proxy.name ?? '' }, "'option external-check' set here");
}
