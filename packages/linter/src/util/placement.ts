/**
 * Where HAProxy 2.x rejects a proxy keyword outright and where it only ignores it with a warning
 * (checked with `haproxy -c`): anything misplaced in a defaults section is an error, so are
 * servers in a frontend, connection/session rules and `declare capture` in a backend; other capability mismatches
 * between frontends and backends are warnings ("ignored because … has no … capability").
 */
import { allowedIn, type HaproxyVersion, type KeywordMatch } from '@hacfg/catalog';

const FATAL_OUTSIDE_DEFAULTS = new Set(['server', 'default-server', 'server-template', 'tcp-request connection', 'tcp-request session', 'declare capture']);

/**
 * Keywords the manual does not list for backends before 3.4 but that HAProxy reads there without
 * a capability check, and uses: a backend's `unique-id-format` feeds `unique-id` in its health
 * checks (HAProxy's own regression tests do so; `haproxy -c` 2.6 says nothing).
 */
const BACKEND_TOO = new Set(['unique-id-format']);

export type Placement = 'ok' | 'rejected' | 'rejected-anonymous' | 'ignored';

export function placement(match: KeywordMatch, section: string, named: boolean, version: HaproxyVersion): Placement {
  const entry = match.entry;
  if (entry.kind !== 'proxy') return 'ok';
  if (allowedIn(entry, section, version, named) || (section === 'backend' && BACKEND_TOO.has(entry.name))) return 'ok';
  if (section === 'defaults') return allowedIn(entry, section, version, true) ? 'rejected-anonymous' : 'rejected';
  return FATAL_OUTSIDE_DEFAULTS.has(entry.name) ? 'rejected' : 'ignored';
}
