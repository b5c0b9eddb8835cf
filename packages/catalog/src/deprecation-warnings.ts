/**
 * Deprecated keywords HAProxy prints a warning for when it reads them, and from which release:
 * the reference data dates deprecations from the documentation, but most of them (renamed fetches,
 * `set-mark`, `transparent` before 3.3, …) are accepted silently. Only these warn, which is what
 * `zero-warning` turns into a refusal to start. Read from the parser functions at each release tag
 * (`ha_warning`, or a keyword parser returning 1 with a message); `tune.ssl.capture-cipherlist-size`
 * is also checked live against haproxy 2.6.
 */
import { inRange, type HaproxyVersion } from './versions.js';

export interface DeprecationWarning {
  /** The keyword as the catalog names it (`option transparent`), or a section name. */
  readonly name: string;
  readonly scope: 'global' | 'proxy' | 'section' | 'bind';
  /** First release that warns. */
  readonly from: HaproxyVersion;
  /** First release that no longer warns (the keyword is refused or gone), if any. */
  readonly until?: HaproxyVersion;
  /** `expose-deprecated-directives` in the global section silences it. */
  readonly exposable?: true;
  /** Only the bare keyword warns (`master-worker`, not `master-worker no-exit-on-failure`). */
  readonly bareOnly?: true;
}

/** The legacy `tune.quic.*` spellings 3.3 renamed (cfgparse-quic.c: "deprecated in 3.3"). */
const QUIC_LEGACY = [
  'cc-hystart', 'cc.cubic.min-losses', 'disable-tx-pacing', 'disable-udp-gso', 'frontend.default-max-window-size',
  'frontend.glitches-threshold', 'frontend.max-data-size', 'frontend.max-idle-timeout', 'frontend.max-streams-bidi',
  'frontend.max-tx-mem', 'frontend.stream-data-ratio', 'max-frame-loss', 'reorder-ratio', 'retry-threshold', 'socket-owner',
];

export const DEPRECATION_WARNINGS: readonly DeprecationWarning[] = [
  // 2.4: cfgparse-global.c and cfgparse-listen.c, both refused from 2.5.
  { name: 'tune.chksize', scope: 'global', from: '2.4', until: '2.5' },
  { name: 'grace', scope: 'proxy', from: '2.4', until: '2.5' },
  // listener.c: `process` on bind lines (one process since 2.5), refused from 2.7; checked live on 2.6.
  { name: 'process', scope: 'bind', from: '2.5', until: '2.7' },
  // cfgparse-ssl.c, still "will be removed in version 2.7" in 3.4.
  { name: 'tune.ssl.capture-cipherlist-size', scope: 'global', from: '2.5' },
  // mworker-prog.c; the section is gone in 3.3.
  { name: 'program', scope: 'section', from: '3.1', until: '3.3', exposable: true },
  // 3.1 prints the deprecation as an alert without failing (no warning); 3.2 made it a warning.
  { name: 'option accept-invalid-http-request', scope: 'proxy', from: '3.2' },
  { name: 'option accept-invalid-http-response', scope: 'proxy', from: '3.2' },
  // 3.3 (cfgparse-listen.c, cfgparse-global.c, cfgparse-quic.c), all announced as removed in 3.5
  // (where the reference data has them gone, and 3.5-dev refuses the bare `master-worker`).
  { name: 'option transparent', scope: 'proxy', from: '3.3', until: '3.5-dev', exposable: true },
  { name: 'transparent', scope: 'proxy', from: '3.3', until: '3.5-dev', exposable: true },
  { name: 'dispatch', scope: 'proxy', from: '3.3', until: '3.5-dev', exposable: true },
  { name: 'master-worker', scope: 'global', from: '3.3', until: '3.5-dev', bareOnly: true },
  ...QUIC_LEGACY.map((s): DeprecationWarning => ({ name: `tune.quic.${s}`, scope: 'global', from: '3.3', until: '3.5-dev' })),
];

const BY_NAME = new Map(DEPRECATION_WARNINGS.map((d) => [`${d.scope}\0${d.name}`, d]));

/** The warning HAProxy `version` prints for this deprecated keyword or section, if it prints one. */
export function deprecationWarning(scope: DeprecationWarning['scope'], name: string, version: HaproxyVersion): DeprecationWarning | undefined {
  const d = BY_NAME.get(`${scope}\0${name}`);
  return d && inRange(version, d.from, d.until) ? d : undefined;
}
