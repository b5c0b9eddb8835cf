import { compareVersions, type HaproxyVersion } from './versions.js';
import probed from './source-facts/global-args-probed.json' with { type: 'json' };

// Facts read from the real HAProxy 2.6.12 (Debian), keyword by keyword: how many words each global
// keyword takes at most (one more is "cannot handle unexpected argument"), and the values of those
// that take one of a few names. test/global-args-oracle re-checks every entry against haproxy.
// Other versions get them only where the keyword's documented signature is the one 2.6 documents
// (argFacts compares them), so a keyword that gained a word or a value later is left alone.

/** The most words a global keyword takes in 2.6. */
export const GLOBAL_MAX_ARGS_26: Readonly<Record<string, number>> = {
  'busy-polling': 0,
  'ca-base': 1,
  'chroot': 1,
  'cluster-secret': 1,
  'crt-base': 1,
  'daemon': 0,
  'external-check': 0,
  'fd-hard-limit': 1,
  'gid': 1,
  'group': 1,
  'h1-accept-payload-with-any-method': 0,
  'h2-workaround-bogus-websocket-clients': 0,
  'httpclient.resolvers.id': 1,
  'httpclient.resolvers.prefer': 1,
  'httpclient.ssl.ca-file': 1,
  'httpclient.ssl.verify': 1,
  'insecure-fork-wanted': 0,
  'insecure-setuid-wanted': 0,
  'issuers-chain-path': 1,
  'localpeer': 1,
  'log-tag': 1,
  'master-worker': 1,
  'max-spread-checks': 1,
  'maxcompcpuusage': 1,
  'maxcomprate': 1,
  'maxconnrate': 1,
  'maxpipes': 1,
  'maxsessrate': 1,
  'maxsslconn': 1,
  'maxsslrate': 1,
  'maxzlibmem': 1,
  'nbthread': 1,
  'no-memory-trimming': 0,
  'node': 1,
  'noepoll': 0,
  'noevports': 0,
  'nogetaddrinfo': 0,
  'nokqueue': 0,
  'nopoll': 0,
  'noreuseport': 0,
  'nosplice': 0,
  'pidfile': 1,
  'pp2-never-send-local': 0,
  'presetenv': 3,
  'profiling.tasks': 1,
  'quiet': 0,
  'set-dumpable': 0,
  'setenv': 3,
  'spread-checks': 1,
  'ssl-default-bind-ciphers': 1,
  'ssl-default-bind-ciphersuites': 1,
  'ssl-default-bind-curves': 1,
  'ssl-default-server-ciphers': 1,
  'ssl-default-server-ciphersuites': 1,
  'ssl-dh-param-file': 1,
  'ssl-server-verify': 1,
  'strict-limits': 0,
  'thread-groups': 1,
  'tune.buffers.limit': 1,
  'tune.buffers.reserve': 1,
  'tune.bufsize': 1,
  'tune.comp.maxlevel': 1,
  'tune.fail-alloc': 1,
  'tune.h2.header-table-size': 1,
  'tune.h2.initial-window-size': 1,
  'tune.h2.max-concurrent-streams': 1,
  'tune.h2.max-frame-size': 1,
  'tune.http.cookielen': 1,
  'tune.http.logurilen': 1,
  'tune.http.maxhdr': 1,
  'tune.idle-pool.shared': 1,
  'tune.idletimer': 1,
  'tune.listener.multi-queue': 1,
  'tune.maxaccept': 1,
  'tune.maxpollevents': 1,
  'tune.maxrewrite': 1,
  'tune.pipesize': 1,
  'tune.pool-high-fd-ratio': 1,
  'tune.pool-low-fd-ratio': 1,
  'tune.rcvbuf.client': 1,
  'tune.rcvbuf.server': 1,
  'tune.recv_enough': 1,
  'tune.runqueue-depth': 1,
  'tune.sched.low-latency': 1,
  'tune.sndbuf.client': 1,
  'tune.sndbuf.server': 1,
  'tune.ssl.cachesize': 1,
  'tune.ssl.capture-buffer-size': 1,
  'tune.ssl.capture-cipherlist-size': 1,
  'tune.ssl.default-dh-param': 1,
  'tune.ssl.force-private-cache': 0,
  'tune.ssl.hard-maxrecord': 1,
  'tune.ssl.keylog': 1,
  'tune.ssl.lifetime': 1,
  'tune.ssl.maxrecord': 1,
  'tune.ssl.ssl-ctx-cache-size': 1,
  'uid': 1,
  'ulimit-n': 1,
  'user': 1,
  'zero-warning': 0,
};

/** Global keywords that take one of these names in 2.6. */
export const GLOBAL_ENUMS_26: Readonly<Record<string, readonly string[]>> = {
  'default-path': ['current', 'config', 'parent', 'origin'],
  'httpclient.resolvers.prefer': ['ipv4', 'ipv6'],
  'master-worker': ['no-exit-on-failure'],
  'httpclient.ssl.verify': ['none', 'required'],
  'profiling.tasks': ['on', 'auto', 'off'],
  'ssl-server-verify': ['none', 'required'],
  'tune.idle-pool.shared': ['on', 'off'],
  'tune.listener.multi-queue': ['on', 'off'],
  'tune.sched.low-latency': ['on', 'off'],
  'tune.ssl.keylog': ['on', 'off'],
};

/** What binaries built from the release tags read (scripts/probe-global-args.mjs): most words, and the names of a one-choice keyword. */
export interface ProbedGlobalFacts {
  readonly max?: number;
  readonly values?: readonly string[];
}

const PROBED: Readonly<Record<string, readonly { readonly from: string; readonly to: string; readonly facts: ProbedGlobalFacts }[]>> = probed.facts;

/** The probed facts of a global keyword in `version`, where measured (or agreed on by the measured releases around it). */
export function probedGlobalFacts(name: string, version: HaproxyVersion): ProbedGlobalFacts | undefined {
  return PROBED[name]?.find((s) => compareVersions(version, s.from as HaproxyVersion) >= 0 && compareVersions(version, s.to as HaproxyVersion) <= 0)?.facts;
}
