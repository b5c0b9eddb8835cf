// Version questions every entry answers the same way: is it known in a version, and what do its
// attributes look like there (older versions may override the newest attributes).
import type { Versioned } from './types.js';
import { compareVersions, inRange, type HaproxyVersion } from './versions.js';

/** True when the version documents the entry. */
export function knownIn(entry: Versioned, version: HaproxyVersion): boolean {
  return inRange(version, entry.since, entry.removedIn) && !(entry.absentIn?.includes(version) ?? false);
}

/** True when the entry is marked deprecated in that version. */
export function deprecatedIn(entry: Versioned, version: HaproxyVersion): boolean {
  return entry.deprecatedSince !== undefined && compareVersions(version, entry.deprecatedSince) >= 0;
}

type WithOverrides = Versioned & { readonly byVersion?: Readonly<Partial<Record<HaproxyVersion, object>>> };

/**
 * The entry as documented in `version`: `byVersion` overrides applied (`null` removes the
 * attribute) and `byVersion` dropped. Returns the entry itself when nothing differs.
 */
export function atVersion<E extends WithOverrides>(entry: E, version: HaproxyVersion): E {
  const diff = entry.byVersion?.[version];
  if (!diff) return entry;
  // Built once per entry and version: rules ask for the same entries on every line.
  let perVersion = resolved.get(entry);
  if (!perVersion) resolved.set(entry, (perVersion = new Map()));
  const hit = perVersion.get(version);
  if (hit) return hit as E;
  const out = { ...entry } as Record<string, unknown>;
  delete out['byVersion'];
  for (const [k, v] of Object.entries(diff)) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  perVersion.set(version, out);
  return out as E;
}

/** Catalog entries as resolved for a version; the entries are static data, so this stays small. */
const resolved = new WeakMap<object, Map<HaproxyVersion, object>>();

/** Look an entry up by name, optionally only if known in `version` (then resolved for it). */
export function lookup<E extends WithOverrides>(
  map: ReadonlyMap<string, E>,
  name: string,
  version?: HaproxyVersion,
): E | undefined {
  const e = map.get(name);
  if (!e) return undefined;
  if (version === undefined) return e;
  return knownIn(e, version) ? atVersion(e, version) : undefined;
}

export function byName<E extends { readonly name: string }>(list: readonly E[]): ReadonlyMap<string, E> {
  return new Map(list.map((e) => [e.name, e]));
}
