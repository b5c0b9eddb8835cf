/**
 * Where HAProxy 2.x rejects a proxy keyword outright and where it only ignores it with a warning
 * (checked with `haproxy -c`): anything misplaced in a defaults section is an error, so are
 * servers in a frontend, connection/session rules and `declare capture` in a backend, `tcp-response`
 * rules and delays in a frontend (tcp_rules.c, 2.4 … 3.4), `hash-preserve-affinity` (3.2+) in a frontend,
 * `force-be-switch` (3.4) in a backend (proxy.c); other capability mismatches
 * between frontends and backends are warnings ("ignored because … has no … capability").
 */
import { allowedIn, compareVersions, type HaproxyVersion, type KeywordMatch } from '@hacfg/catalog';

const FATAL_OUTSIDE_DEFAULTS = new Set(['server', 'default-server', 'server-template', 'tcp-request connection', 'tcp-request session', 'declare capture', 'tcp-response content', 'tcp-response inspect-delay', 'hash-preserve-affinity', 'force-be-switch']);

/**
 * Keywords the manual does not list for backends before 3.4 but that HAProxy reads there without
 * a capability check, and uses: a backend's `unique-id-format` feeds `unique-id` in its health
 * checks (HAProxy's own regression tests do so; `haproxy -c` 2.6 says nothing).
 */
const BACKEND_TOO = new Set(['unique-id-format']);

/**
 * From 3.2 the flag options (the cfg_opts tables of proxy.c, read by
 * cfg_parse_listen_match_option()) warn that they are ignored and then fall through to "unknown
 * option", which stops the load: misplaced, they are errors there. Read at v3.2.0 and v3.4.0.
 */
const FLAG_OPTIONS_32 = new Set(
  [
    'accept-unsafe-violations-in-http-request', 'accept-unsafe-violations-in-http-response', 'allbackups', 'assume-rfc6587-ntf', 'checkcache', 'clitcpka',
    'contstats', 'disable-h2-upgrade', 'dont-parse-log', 'dontlog-normal', 'dontlognull', 'h1-case-adjust-bogus-client', 'h1-case-adjust-bogus-server',
    'http-buffer-request', 'http-drop-request-trailers', 'http-drop-response-trailers', 'http-ignore-probes', 'http-pretend-keepalive', 'http-use-proxy-header',
    'idle-close-on-response', 'log-health-checks', 'log-separate-errors', 'logasap', 'nolinger', 'persist', 'prefer-last-server', 'socket-stats', 'srvtcpka',
    'tcp-smart-accept', 'tcp-smart-connect', 'transparent',
  ].map((o) => `option ${o}`),
);

function flagOptionRejected(name: string, version: HaproxyVersion): boolean {
  if (compareVersions(version, '3.2') < 0) return false;
  // 3.4 lets frontends use abortonclose too (then it is no longer misplaced anywhere).
  return FLAG_OPTIONS_32.has(name) || (name === 'option abortonclose' && compareVersions(version, '3.4') < 0);
}

/**
 * Whether HAProxy skips `keyword` unread in a section of kind `section`: the `stick` parser stops at
 * its capability warning (cfgparse-listen.c, 2.4 … 3.4), the only proxy keyword that does.
 */
export const unreadIn = (keyword: string, section: string): boolean => section === 'frontend' && keyword === 'stick';

export type Placement = 'ok' | 'rejected' | 'rejected-anonymous' | 'ignored';

export function placement(match: KeywordMatch, section: string, named: boolean, version: HaproxyVersion): Placement {
  const entry = match.entry;
  if (entry.kind !== 'proxy') return 'ok';
  if (allowedIn(entry, section, version, named) || (section === 'backend' && BACKEND_TOO.has(entry.name))) return 'ok';
  if (section === 'defaults') return allowedIn(entry, section, version, true) ? 'rejected-anonymous' : 'rejected';
  return FATAL_OUTSIDE_DEFAULTS.has(entry.name) || flagOptionRejected(entry.name, version) ? 'rejected' : 'ignored';
}
