/** Proxies whose health checks run an external command (`option external-check` in effect). */
import { effectiveProxy, type Config, type Proxy } from '@hacfg/model';
import type { Statement } from '@hacfg/syntax';
import type { RuleContext } from '../types.js';
import { reportSetting } from './inherited.js';

/** Whether the configuration has any `external-check …` or `option external-check` line: most have none. */
export function mentionsExternalCheck(config: Config): boolean {
  return config.sections.some((s) => s.statements.some((st) => st.keyword === 'external-check' || (st.type === 'option' && st.name?.value === 'external-check')));
}

/** Each such proxy with the `option external-check` line that applies to it. */
export function externalCheckProxies(config: Config): { proxy: Proxy; option: Statement; from: Proxy }[] {
  const out: { proxy: Proxy; option: Statement; from: Proxy }[] = [];
  if (!mentionsExternalCheck(config)) return out;
  for (const p of config.realProxies) {
    const c = effectiveProxy(p).checkOption;
    if (c?.statement.name?.value === 'external-check') out.push({ proxy: p, option: c.statement, from: c.from });
  }
  return out;
}

/** Whether a global section (any of them) has a line with this keyword. */
export function globalHas(config: Config, keyword: string): boolean {
  return config.sections.some((s) => s.keyword === 'global' && s.statements.some((st) => st.keyword === keyword && st.modifier === undefined));
}

/** Reports at the option line when the proxy has it itself, else at the proxy name with the line as related. */
export function reportAtOption(ctx: RuleContext, e: { proxy: Proxy; option: Statement; from: Proxy }, messageId: string): void {
  reportSetting(ctx, e.proxy, { statement: e.option, from: e.from }, messageId, { kind: e.proxy.kind, name: e.proxy.name ?? '' }, "'option external-check' set here");
}
