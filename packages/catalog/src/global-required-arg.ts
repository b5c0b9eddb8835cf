/**
 * Global keywords that take one argument and that HAProxy refuses without it, beyond those with
 * finer facts in arg-types.ts (choices among them: their values come from there). Each was checked
 * with `haproxy -c` (a global section holding the bare keyword is refused on its line): 2.6.12 and,
 * for all of them, 2.8.0, 3.0.0 and 3.4.0 built from source; releases in between are taken to read
 * them the same way (releases that read one differently are in arg-types.ts's GLOBAL_FROM).
 * test/global-args-oracle.test.ts checks them again wherever HAProxy is
 * installed. Build-dependent keywords (51Degrees, DeviceAtlas, WURFL, QUIC, zlib, debug counters,
 * certificate compression) are left out: a binary without the feature rejects them for another reason.
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
  // Also refused bare by 2.6 (choices, paths, names).
  'default-path', 'httpclient.ssl.verify', 'lua-prepend-path', 'profiling.tasks', 'ssl-load-extra-files',
  'ssl-server-verify', 'tune.idle-pool.shared', 'tune.listener.multi-queue', 'tune.sched.low-latency',
  'tune.ssl.keylog', 'unsetenv',
  // Newer than 2.6 (each from the release that documents it).
  'acme.scheduler', 'anonkey', 'cpu-affinity', 'cpu-policy', 'cpu-set', 'dns-accept-family',
  'harden.reject-privileged-ports.quic', 'harden.reject-privileged-ports.tcp', 'http-err-codes',
  'http-fail-codes', 'httpclient.resolvers.disabled', 'httpclient.retries', 'httpclient.timeout.connect',
  'key-base', 'max-threads-per-group', 'ocsp-update.httpproxy', 'ocsp-update.maxdelay',
  'ocsp-update.mindelay', 'setcap', 'shm-stats-file', 'shm-stats-file-max-objects',
  'ssl-default-bind-client-sigalgs', 'ssl-default-bind-sigalgs', 'ssl-default-server-client-sigalgs',
  'ssl-default-server-curves', 'ssl-default-server-sigalgs', 'ssl-security-level', 'stats-file',
  // on|off, compared without case.
  'stats calculate-max-counters',
  'stress-level', 'thread-hard-limit', 'tune.applet.zero-copy-forwarding', 'tune.bufsize.large',
  'tune.bufsize.small', 'tune.cli.max-payload-size', 'tune.events.max-events-at-once',
  'tune.glitches.kill.cpu-usage', 'tune.h1.zero-copy-fwd-recv', 'tune.h1.zero-copy-fwd-send',
  'tune.h2.be.rxbuf', 'tune.h2.fe.rxbuf', 'tune.h2.log-errors', 'tune.h2.zero-copy-fwd-send',
  'tune.listener.default-shards', 'tune.lua.bool-sample-conversion', 'tune.lua.burst-timeout',
  'tune.lua.log.loggers', 'tune.lua.log.stderr', 'tune.lua.openlibs', 'tune.max-rules-at-once',
  'tune.memory.hot-size', 'tune.notsent-lowat.client', 'tune.notsent-lowat.server',
  'tune.peers.max-updates-at-once', 'tune.pt.zero-copy-forwarding', 'tune.rcvbuf.backend',
  'tune.rcvbuf.frontend', 'tune.sndbuf.backend', 'tune.sndbuf.frontend', 'tune.ssl.ocsp-update.maxdelay',
  'tune.ssl.ocsp-update.mindelay', 'tune.streams-elasticity', 'tune.takeover-other-tg-connections',
  'warn-blocked-traffic-after',
]);
