/**
 * Names a stable branch gained in a maintenance release although its documentation branch does
 * not list them (checked with `haproxy -c` 2.6.12). Version checks accept them from that branch.
 */
import { compareVersions, type HaproxyVersion } from '@hacfg/catalog';

const CONVERTERS: Readonly<Record<string, HaproxyVersion>> = { host_only: '2.6', port_only: '2.6' };

export function backportedConverter(name: string, version: HaproxyVersion): boolean {
  const since = CONVERTERS[name];
  return since !== undefined && compareVersions(version, since) >= 0;
}
