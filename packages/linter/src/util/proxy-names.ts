/**
 * Proxy name clashes as HAProxy detects them when it opens each section, by version:
 * - a capability in common is refused; up to 3.0 a new frontend or listen is only compared with
 *   earlier frontends and listens, a new backend with earlier backends and listens (so a `listen`
 *   after a `backend` of the same name passes), from 3.1 both sides of a `listen` are compared;
 * - from 3.1 any other shared name (a frontend and a backend, a proxy and a named defaults
 *   section) is warned about, and refused from 3.3.
 */
import { compareVersions, type HaproxyVersion } from '@hacfg/catalog';
import type { Config, Proxy } from '@hacfg/model';
import type { TextRange } from '@hacfg/syntax';
import type { Report } from '../types.js';
import { lineOf } from './ranges.js';

export interface NameClash {
  readonly proxy: Proxy;
  readonly earlier: Proxy;
  /** `capability`: a capability in common; `name`: only the name (3.1+). */
  readonly kind: 'capability' | 'name';
}

export function nameClashes(config: Config, version: HaproxyVersion): NameClash[] {
  const since31 = compareVersions(version, '3.1') >= 0;
  const out: NameClash[] = [];
  const byName = new Map<string, Proxy[]>();
  for (const p of config.proxies) {
    if (p.name === undefined) continue;
    const earlier = byName.get(p.name) ?? [];
    const proxies = earlier.filter((q) => q.kind !== 'defaults');
    const common =
      p.kind === 'defaults'
        ? undefined
        : proxies.find((q) => (since31 ? (p.isFrontend && q.isFrontend) || (p.isBackend && q.isBackend) : p.isFrontend ? q.isFrontend : q.isBackend));
    if (common) out.push({ proxy: p, earlier: common, kind: 'capability' });
    else if (since31) {
      // A defaults section may replace an earlier one of the same name; anything else clashes.
      const other = p.kind === 'defaults' ? proxies[0] : earlier[0];
      if (other) out.push({ proxy: p, earlier: other, kind: 'name' });
    }
    byName.set(p.name, [...earlier, p]);
  }
  return out;
}

/** Where to point at a proxy: its name, or its keyword for a nameless section. */
const proxyWord = (p: Proxy): TextRange => p.section.name ?? p.section.keywordWord;

/** A clash as a report: on the later proxy's name, pointing back at the earlier one. */
export function clashReport(c: NameClash): Omit<Report, 'messageId'> {
  const at = proxyWord(c.earlier);
  return {
    data: { kind: c.proxy.kind, name: c.proxy.name ?? '', other: c.earlier.kind === 'listen' ? 'proxy' : c.earlier.kind, line: lineOf(c.earlier.doc, at.start) },
    range: proxyWord(c.proxy),
    doc: c.proxy.doc,
    related: [{ message: 'first declared here', range: at, doc: c.earlier.doc }],
  };
}
