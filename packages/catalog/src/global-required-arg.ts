/**
 * Global keywords that take one argument and that HAProxy refuses without it, beyond those with
 * finer facts in arg-types.ts. Each was checked with `haproxy -c` (2.6.12: a global section holding
 * the bare keyword is refused); test/global-args-oracle.test.ts checks them again wherever HAProxy
 * is installed. Build-dependent keywords (51Degrees, DeviceAtlas, WURFL, QUIC, zlib) are left out:
 * a binary without the feature rejects them for another reason.
 */
export const GLOBAL_REQUIRED_ARG: ReadonlySet<string> = new Set([
  'close-spread-time', 'cluster-secret', 'fd-hard-limit', 'gid', 'grace', 'group',
  'h1-case-adjust-file', 'httpclient.resolvers.id', 'httpclient.resolvers.prefer',
  'httpclient.ssl.ca-file', 'issuers-chain-path', 'localpeer', 'log-tag', 'lua-load',
  'lua-load-per-thread', 'max-spread-checks', 'maxcompcpuusage', 'maxcomprate', 'maxconnrate',
  'maxpipes', 'maxsessrate', 'maxsslconn', 'maxsslrate', 'maxzlibmem', 'node', 'server-state-base',
  'server-state-file', 'ssl-default-bind-ciphers', 'ssl-default-bind-ciphersuites',
  'ssl-default-bind-curves', 'ssl-default-server-ciphers', 'ssl-default-server-ciphersuites',
  'ssl-dh-param-file', 'ssl-propquery', 'ssl-provider', 'ssl-provider-path', 'tune.buffers.limit',
  'tune.buffers.reserve', 'tune.comp.maxlevel', 'tune.h2.header-table-size',
  'tune.h2.max-frame-size', 'tune.http.cookielen', 'tune.http.logurilen',
  'tune.lua.service-timeout', 'tune.lua.session-timeout', 'tune.lua.task-timeout',
  'tune.maxaccept', 'tune.maxpollevents', 'tune.maxrewrite', 'tune.pattern.cache-size',
  'tune.pipesize', 'tune.pool-high-fd-ratio', 'tune.pool-low-fd-ratio', 'tune.rcvbuf.client',
  'tune.rcvbuf.server', 'tune.recv_enough', 'tune.runqueue-depth', 'tune.sndbuf.client',
  'tune.sndbuf.server', 'tune.ssl.cachesize', 'tune.ssl.capture-buffer-size',
  'tune.ssl.capture-cipherlist-size', 'tune.ssl.hard-maxrecord', 'tune.ssl.maxrecord',
  'tune.ssl.ssl-ctx-cache-size', 'uid', 'ulimit-n', 'user',
]);
