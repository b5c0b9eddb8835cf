/** HAProxy branches the catalog knows, oldest first. */
export const VERSIONS = ['2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '3.0', '3.1', '3.2', '3.3', '3.4', '3.5-dev'] as const;
export type HaproxyVersion = (typeof VERSIONS)[number];

/** The newest stable branch: the default target of every check. */
export const LATEST_STABLE: HaproxyVersion = '3.4';

export function isVersion(v: string): v is HaproxyVersion {
  return (VERSIONS as readonly string[]).includes(v);
}

/** Negative when a is older than b, 0 when equal, positive when newer. */
export function compareVersions(a: HaproxyVersion, b: HaproxyVersion): number {
  return VERSIONS.indexOf(a) - VERSIONS.indexOf(b);
}

/** True when `version` lies in [since, removedIn). */
export function inRange(version: HaproxyVersion, since: HaproxyVersion, removedIn?: HaproxyVersion): boolean {
  return compareVersions(version, since) >= 0 && (removedIn === undefined || compareVersions(version, removedIn) < 0);
}
