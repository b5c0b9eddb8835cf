import type { HaproxyVersion } from './versions.js';

/** How a section's body is read: proxies share the proxy keyword table. */
export type SectionKind = 'global' | 'proxy' | 'other';

export interface SectionInfo {
  readonly name: string;
  readonly kind: SectionKind;
  /** First version that documents the section. */
  readonly since: HaproxyVersion;
  /** First version that no longer accepts it. */
  readonly removedIn?: HaproxyVersion;
  /** First version that marks it deprecated. */
  readonly deprecatedSince?: HaproxyVersion;
  /** Whether the header line takes a name (`backend NAME`). */
  readonly named: 'required' | 'optional' | 'none';
  /**
   * The most words its header takes after the keyword, where HAProxy refuses more ("cannot handle
   * unexpected argument"); unset where it ignores them. Proxy headers are address-on-proxy-line's.
   */
  readonly headerWords?: number;
}

/**
 * Every section keyword HAProxy 2.4 … 3.5-dev registers. The parser opens a section on any of these
 * regardless of the target version; the linter decides whether the version knows it.
 */
export const SECTIONS: readonly SectionInfo[] = [
  { name: 'global', kind: 'global', since: '2.4', named: 'none', headerWords: 0 },
  { name: 'defaults', kind: 'proxy', since: '2.4', named: 'optional' },
  { name: 'frontend', kind: 'proxy', since: '2.4', named: 'required' },
  { name: 'backend', kind: 'proxy', since: '2.4', named: 'required' },
  { name: 'listen', kind: 'proxy', since: '2.4', named: 'required' },
  { name: 'userlist', kind: 'other', since: '2.4', named: 'required', headerWords: 1 },
  { name: 'peers', kind: 'other', since: '2.4', named: 'required', headerWords: 1 },
  { name: 'mailers', kind: 'other', since: '2.4', named: 'required' },
  { name: 'program', kind: 'other', since: '2.4', deprecatedSince: '3.1', removedIn: '3.3', named: 'required' },
  { name: 'http-errors', kind: 'other', since: '2.4', named: 'required' },
  { name: 'ring', kind: 'other', since: '2.4', named: 'required' },
  { name: 'log-forward', kind: 'other', since: '2.4', named: 'required', headerWords: 1 },
  { name: 'resolvers', kind: 'other', since: '2.4', named: 'required' },
  { name: 'cache', kind: 'other', since: '2.4', named: 'required' },
  { name: 'fcgi-app', kind: 'other', since: '2.4', named: 'required', headerWords: 1 },
  { name: 'crt-store', kind: 'other', since: '3.0', named: 'optional', headerWords: 1 },
  { name: 'traces', kind: 'other', since: '3.1', named: 'none', headerWords: 0 },
  { name: 'log-profile', kind: 'other', since: '3.1', named: 'required', headerWords: 1 },
  { name: 'acme', kind: 'other', since: '3.2', named: 'required' },
  { name: 'healthcheck', kind: 'other', since: '3.4', named: 'required' },
];

const byName = new Map(SECTIONS.map((s) => [s.name, s]));

export function sectionInfo(name: string): SectionInfo | undefined {
  return byName.get(name);
}

export function isSectionKeyword(name: string): boolean {
  return byName.has(name);
}
