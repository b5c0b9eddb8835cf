// Hand-written argument facts for common keywords: how many words HAProxy reads and what type each
// one has (the reference gives signatures, not types). Every fact was checked with `haproxy -c -dr`
// (Debian 2.6.12) against a valid and an invalid value; keywords HAProxy reads with a bare atol()
// ("maxconn x" is accepted as 0) are typed `lax` so only what HAProxy rejects is flagged.
import { buildLimits } from './build-limits.js';
import { compareVersions, type HaproxyVersion } from './versions.js';
import { GLOBAL_ENUMS_26, GLOBAL_MAX_ARGS_26, probedGlobalFacts } from './global-arg-facts.js';
import { GLOBAL_REQUIRED_ARG } from './global-required-arg.js';
import { anyAction } from './actions.js';
import { globalKeyword } from './keywords.js';
import { atVersion } from './resolve.js';

export type ArgType =
  /** A delay: digits then an optional unit (us, ms, s, m, h, d); must stay below 2^31 ms. */
  /** `orExpression`: a word that is no delay is read as a sample expression instead (only range problems count). */
  | { readonly type: 'time'; readonly unit?: 'ms' | 's'; readonly nonZero?: boolean; readonly orExpression?: boolean }
  /**
   * `strict`: the whole word must be an integer (`c` is strtol with base 0: `0x10` and `010` too);
   * `lax`: HAProxy reads the leading digits (atol).
   */
  | { readonly type: 'int'; readonly parse: 'strict' | 'c' | 'lax'; readonly min?: number; readonly max?: number; readonly unsigned?: boolean; readonly orZero?: boolean }
  /** Digits with an optional k/m/g suffix; `nonZero`: 0 is refused. */
  | { readonly type: 'size'; readonly nonZero?: boolean }
  | { readonly type: 'enum'; readonly values: readonly EnumValue[] }
  | { readonly type: 'any' };

/** An enum value, optionally known only from a version. */
export type EnumValue = string | { readonly value: string; readonly since: HaproxyVersion };

export interface ArgFacts {
  /** Words HAProxy requires (an empty word, e.g. an unset `"${VAR}"`, counts as missing). */
  readonly min?: number;
  /** Words it reads at most; one more is "unexpected argument". */
  readonly max?: number;
  /** Types by position; the last one repeats for `repeat`. */
  readonly args?: readonly ArgType[];
  readonly repeat?: boolean;
  /**
   * Instead of positions: `name value` pairs in any order, each name with the type of its value.
   * A word that is no option name is one HAProxy does not expect; `required` names must appear.
   */
  readonly options?: Readonly<Record<string, ArgType>>;
  /** Beside `options`: names that take no value (`wait-for-body … use-large-buffer`). */
  readonly flags?: readonly string[];
  readonly required?: readonly string[];
  /**
   * Positions holding a keyword whose value is the next word (`switch-mode http proto h2`,
   * `set-status 503 reason "text"`): written without it, HAProxy stops there.
   */
  readonly valueAfter?: readonly number[];
  /** Keywords at a `valueAfter` position that take no value (`compression offload`). */
  readonly noValue?: readonly string[];
  /**
   * Position of a sample expression. sample_parse_expr() goes on reading the next words while each
   * starts with a converter name (`str(a) lower base64`), so those words belong to it, not to `max`.
   */
  readonly expression?: number;
  /** The type of the word after a `valueAfter` keyword, by keyword (`capture … len <n>`). */
  readonly valueTypes?: Readonly<Record<string, ArgType>>;
}

/** `section`: keywords of the other sections, named `<section> <keyword>` (`cache total-max-size`). */
export type ArgScope = 'global' | 'proxy' | 'server' | 'bind' | 'action' | 'section';

const ms: ArgType = { type: 'time', unit: 'ms' };
const sec: ArgType = { type: 'time', unit: 's' };
const nonZeroMs: ArgType = { type: 'time', unit: 'ms', nonZero: true };
const lax = (min?: number, max?: number): ArgType => ({ type: 'int', parse: 'lax', ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) });
const strict = (min?: number, max?: number): ArgType => ({ type: 'int', parse: 'strict', ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) });
const oneOf = (...values: EnumValue[]): ArgType => ({ type: 'enum', values });
/** TLS versions as ssl-min-ver / ssl-max-ver read them. */
export const TLS_VERSIONS = ['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
/** Syslog levels, in order (log.c). */
export const LOG_LEVELS = ['emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug'] as const;
/** Log formats of `log … format` and rings (log.c, v2.4.0 … v3.4.0). */
export const LOG_FORMATS = ['local', 'rfc3164', 'rfc5424', 'priority', 'short', 'timed', 'iso', 'raw'] as const;
/**
 * Proxy modes only one side of a proxy can take (cfgparse-listen.c): log (2.9) and spop (3.1) need
 * a backend side, haterm (3.4, an HTTP benchmark mode) a frontend side. The others fit any proxy.
 */
export const PROXY_MODE_SIDE: ReadonlyMap<string, 'frontend' | 'backend'> = new Map([['log', 'backend'], ['spop', 'backend'], ['haterm', 'frontend']]);
/** The modes a proxy can be in; haterm is HTTP mode with another stream handler, so it is not one. */
export const PROXY_MODES: ReadonlySet<string> = new Set(['tcp', 'http', 'log', 'spop']);
const TLS = oneOf(...TLS_VERSIONS);

/** The timeout names (`timeout <name>`) all take exactly one delay in milliseconds. */
const TIMEOUT: ArgFacts = { min: 1, max: 1, args: [ms] };

const PROXY: Readonly<Record<string, ArgFacts>> = {
  maxconn: { min: 1, max: 1, args: [lax()] },
  fullconn: { min: 1, max: 1, args: [lax()] },
  retries: { min: 1, max: 1, args: [lax()] },
  mode: { min: 1, max: 1, args: [oneOf('tcp', 'http', { value: 'log', since: '2.9' }, { value: 'spop', since: '3.1' }, { value: 'haterm', since: '3.4' })] },
  'hash-type': { min: 1, max: 3, args: [oneOf('map-based', 'consistent'), oneOf('sdbm', 'djb2', 'crc32', 'wt6', { value: 'none', since: '2.8' }), oneOf('avalanche')] },
  'http-reuse': { min: 1, max: 1, args: [oneOf('never', 'safe', 'aggressive', 'always')] },
  cookie: { min: 1 },
  // The name and at least a fetch method ("missing fetch method in ACL expression").
  acl: { min: 2 },
  // Every form but `offload` needs its values: `compression type` alone "expects <type>" (2.4 … 3.4).
  compression: { min: 1, args: [oneOf('algo', 'type', 'offload', ...['direction', 'algo-req', 'algo-res', 'type-req', 'type-res'].map((value) => ({ value, since: '2.8' as const })))], valueAfter: [0], noValue: ['offload'] },
  // One format word: "expects only one argument, don't forget to escape spaces!".
  'log-format': { min: 1, max: 1 },
  'log-format-sd': { min: 1, max: 1 },
  'unique-id-format': { min: 1, max: 1 },
  'default_backend': { min: 1, max: 1 },
  'use_backend': { min: 1 },
  errorfile: { min: 2 },
  // "'stick' expects a fetch method" (cfgparse-listen.c, 2.4 … 3.4).
  'stick match': { min: 1 },
  'stick on': { min: 1 },
  'stick store-request': { min: 1 },
  'stick store-response': { min: 1 },
  description: { min: 1 },
  id: { min: 1, max: 1, args: [lax(1)] },
  source: { min: 1 },
  // A negative rate is accepted (and limits nothing).
  'rate-limit sessions': { min: 1, args: [strict()] },
  'tcp-request inspect-delay': { min: 1, args: [ms] },
  'tcp-response inspect-delay': { min: 1, args: [ms] },
  // 3.0+: a proxy's global identifier; 3.2+: when a hash keeps its server; 3.4+: filter order (proxy.c, filters.c).
  guid: { min: 1 },
  'hash-preserve-affinity': { min: 1, args: [oneOf('always', 'maxconn', 'maxqueue')] },
  'filter-sequence': { min: 2, args: [oneOf('request', 'response')] },
  // Names and files HAProxy requires (http_htx.c, flt_api.c, fcgi-app.c, extcheck.c; 2.4 … 3.4).
  errorfiles: { min: 1 },
  errorloc: { min: 2 },
  errorloc302: { min: 2 },
  errorloc303: { min: 2 },
  filter: { min: 1 },
  'unique-id-header': { min: 1 },
  'use-fcgi-app': { min: 1 },
  'external-check command': { min: 1, max: 1 },
  'external-check path': { min: 1, max: 1 },
  // Read before the capability check: too many words are refused even where it is ignored.
  'server-state-file-name': { max: 1 },
  'stats uri': { min: 1 },
  'stats realm': { min: 1 },
  'stats auth': { min: 1 },
  'stats scope': { min: 1 },
  'stats refresh': { min: 1, args: [sec] },
  disabled: { max: 0 },
  enabled: { max: 0 },
  transparent: { max: 0 },
  'monitor-uri': { min: 1, max: 1 },
  backlog: { min: 1, max: 1, args: [lax()] },
  'error-log-format': { min: 1, max: 1 },
  'log-tag': { min: 1 },
  'dynamic-cookie-key': { min: 1 },
  'http-send-name-header': { min: 1 },
  'use-server': { min: 1 },
  'max-session-srv-conns': { min: 1 },
  'max-keep-alive-queue': { min: 1, args: [strict()] },
  // "must be 0 or greater than 100" (atol: text reads as 0).
  // No word count: HAProxy reads the first word with atol() and ignores the rest (2.4 … 3.4).
  'hash-balance-factor': { min: 1, args: [{ type: 'int', parse: 'lax', min: 101, orZero: true }] },
  'clitcpka-cnt': { min: 1, args: [strict()] },
  'srvtcpka-cnt': { min: 1, args: [strict()] },
  'clitcpka-idle': { min: 1, args: [sec] },
  'clitcpka-intvl': { min: 1, args: [sec] },
  'srvtcpka-idle': { min: 1, args: [sec] },
  'srvtcpka-intvl': { min: 1, args: [sec] },
  // `request|response len <length>`: the length is required (cfgparse-listen.c).
  'declare capture': { min: 3, args: [oneOf('request', 'response'), oneOf('len'), strict(1)] },
  // `<name> len <length>`: the `len` word is only checked for headers; lengths are read with atol().
  'capture cookie': { min: 3, max: 4 },
  'capture request header': { min: 3, max: 3, args: [{ type: 'any' }, oneOf('len'), lax()] },
  'capture response header': { min: 3, max: 3, args: [{ type: 'any' }, oneOf('len'), lax()] },
  dispatch: { min: 1, max: 1 },
  // proxy.c proxy_parse_retry_on(): any number of these; `none` only alone (invalid-enum-value).
  'retry-on': {
    min: 1,
    repeat: true,
    args: [oneOf('none', 'conn-failure', 'empty-response', 'junk-response', 'response-timeout', '0rtt-rejected', 'all-retryable-errors',
      '401', '403', '404', '408', '425', '500', '501', '502', '503', '504', { value: '429', since: '3.1' }, { value: '421', since: '3.2' })],
  },
  'email-alert level': { min: 1, args: [oneOf(...LOG_LEVELS)] },
  'load-server-state-from-file': { min: 1, args: [oneOf('global', 'local', 'none')] },
  'http-check comment': { min: 1 },
  'tcp-check comment': { min: 1 },
  'http-check disable-on-404': { max: 0 },
  'http-check send-state': { max: 0 },
  'option httpchk': { max: 3 },
  'option httplog': { max: 1, args: [oneOf('clf')] },
  'option smtpchk': { max: 2 },
  'option pgsql-check': { min: 2, max: 2, args: [oneOf('user')] },
  // `user` without its name is invalid-option-argument's.
  'option mysql-check': { max: 3, args: [oneOf('user'), { type: 'any' }, oneOf('post-41', 'pre-41')] },
  'option http-restrict-req-hdr-names': { min: 1, max: 1, args: [oneOf('preserve', 'reject', 'delete')] },
  ...Object.fromEntries(
    ['dontlognull', 'tcplog', 'http-server-close', 'http-keep-alive', 'httpclose', 'abortonclose', 'tcpka', 'clitcpka', 'srvtcpka',
      'log-health-checks', 'allbackups', 'prefer-last-server', 'ssl-hello-chk', 'http-buffer-request', 'splice-auto', 'splice-request',
      'splice-response', 'tcp-check', 'persist', 'logasap', 'log-separate-errors', 'dontlog-normal', 'http-no-delay',
      'http-pretend-keepalive', 'socket-stats', 'contstats', 'nolinger', 'http-ignore-probes', 'http-use-proxy-header', 'checkcache',
      // The rest of proxy.c's cfg_opts tables and the check options read without arguments (2.4 … 3.4).
      'transparent', 'accept-invalid-http-request', 'accept-invalid-http-response', 'accept-unsafe-violations-in-http-request',
      'accept-unsafe-violations-in-http-response', 'tcp-smart-accept', 'tcp-smart-connect', 'independent-streams',
      'h1-case-adjust-bogus-client', 'h1-case-adjust-bogus-server', 'disable-h2-upgrade', 'idle-close-on-response',
      'http-drop-request-trailers', 'http-drop-response-trailers', 'assume-rfc6587-ntf', 'dont-parse-log',
      'ldap-check', 'spop-check', 'redis-check', 'external-check'].map((o) => [`option ${o}`, { max: 0 }]),
  ),
};

const GLOBAL: Readonly<Record<string, ArgFacts>> = {
  description: { min: 1 },
  'h1-case-adjust': { min: 2, max: 2 },
  'h1-case-adjust-file': { min: 1, max: 1 },
  // cfgparse-ssl.c: one or more of these words (2.4 … 3.4).
  'ssl-load-extra-files': { min: 1, args: [oneOf('bundle', 'sctl', 'ocsp', 'issuer', 'key', 'none', 'all')], repeat: true },
  // hlua.c: a path, then optionally its type (2.4 … 3.4).
  'lua-prepend-path': { min: 1, max: 2, args: [{ type: 'any' }, oneOf('path', 'cpath')] },
  maxconn: { min: 1, max: 1, args: [lax()] },
  nbthread: { min: 1, args: [strict(1, buildLimits('2.6').maxThreads)] },
  'thread-groups': { min: 1, args: [strict(1)] },
  'thread-group': { min: 1, args: [strict(1)] },
  'tune.bufsize': { min: 1, args: [lax(1)] },
  // Stored unsigned: a negative value wraps around to a large one, which passes the >= 1024 check.
  'tune.ssl.default-dh-param': { min: 1, args: [{ type: 'int', parse: 'lax', min: 1024, unsigned: true }] },
  'tune.http.maxhdr': { min: 1, args: [lax(1, 32767)] },
  'hard-stop-after': { min: 1, args: [ms] },
  'tune.ssl.lifetime': { min: 1, args: [sec] },
  'tune.idletimer': { min: 1, args: [ms] },
  'spread-checks': { min: 1, args: [lax(0, 50)] },
  // "expects a positive value".
  'stats timeout': { min: 1, args: [nonZeroMs] },
  'stats maxconn': { min: 1, args: [lax(1)] },
  pidfile: { min: 1 },
  chroot: { min: 1 },
  'crt-base': { min: 1 },
  'ca-base': { min: 1 },
  grace: { min: 1, args: [ms] },
  'close-spread-time': { min: 1, args: [ms] },
  'max-spread-checks': { min: 1, args: [ms] },
  'tune.lua.session-timeout': { min: 1, args: [ms] },
  'tune.lua.task-timeout': { min: 1, args: [ms] },
  'tune.lua.service-timeout': { min: 1, args: [ms] },
  'tune.lua.maxmem': { min: 1, args: [strict()] },
  // Read as atoi(args[1]) with no check that it exists: accepted without a value.
  'tune.lua.forced-yield': { args: [strict()] },
  // Percentages and bounded values, read with atol()/atoi(): text reads as 0.
  maxcompcpuusage: { min: 1, args: [lax(0, 100)] },
  'tune.fail-alloc': { args: [lax(0, 100)] },
  'tune.pool-high-fd-ratio': { min: 1, args: [lax(0, 100)] },
  'tune.pool-low-fd-ratio': { min: 1, args: [lax(0, 100)] },
  'tune.comp.maxlevel': { min: 1, args: [lax(1, 9)] },
  'tune.h2.header-table-size': { min: 1, args: [lax(4096, 65536)] },
  'tune.h2.max-frame-size': { min: 1, args: [lax(16384, 16777215)] },
  // Only the upper bound is checked (the lower one is commented out in cfgparse-global.c).
  'tune.maxaccept': { min: 1, args: [lax(undefined, 2147483647)] },
  // "expects a positive numeric value": negative values only.
  ...Object.fromEntries(
    ['maxsslconn', 'tune.pattern.cache-size', 'tune.ssl.cachesize', 'tune.ssl.capture-buffer-size', 'tune.ssl.capture-cipherlist-size', 'tune.ssl.hard-maxrecord',
      'tune.ssl.maxrecord', 'tune.ssl.ssl-ctx-cache-size', 'tune.maxrewrite'].map((k) => [k, { min: 1, args: [lax(0)] }]),
  ),
  // strtol() with an end check: digits only (no size suffix); an absent value reads as 0.
  ...Object.fromEntries(['global', 'proc', 'sess', 'txn', 'reqres'].map((s) => [`tune.vars.${s}-max-size`, { args: [strict()] }])),
  'tune.h2.initial-window-size': { args: [lax(0)] },
  'tune.h2.max-concurrent-streams': { args: [lax(0)] },
  // A name and a value (a sample expression, a format, a CPU set): one word alone is refused (2.6 … 3.4).
  setenv: { min: 2 },
  presetenv: { min: 2 },
  'set-var': { min: 2 },
  'set-var-fmt': { min: 2 },
  'cpu-map': { min: 2 },
};

/** Multiplexer names (`proto`), as registered by the mux_*.c files of a default build. */
const MUX_PROTOS = oneOf('h1', 'h2', 'fcgi', 'none', { value: 'quic', since: '3.2' });

const SERVER: Readonly<Record<string, ArgFacts>> = {
  // `weight` as the last word reads atol("") = 0: HAProxy accepts it.
  weight: { args: [lax(0, 256)] },
  inter: { min: 1, args: [nonZeroMs] },
  fastinter: { min: 1, args: [nonZeroMs] },
  downinter: { min: 1, args: [nonZeroMs] },
  'agent-inter': { min: 1, args: [nonZeroMs] },
  slowstart: { min: 1, args: [ms] },
  rise: { min: 1, args: [lax(1)] },
  fall: { min: 1, args: [lax(1)] },
  'ssl-min-ver': { min: 1, args: [TLS] },
  'ssl-max-ver': { min: 1, args: [TLS] },
  proto: { min: 1, args: [MUX_PROTOS] },
  'check-proto': { min: 1, args: [MUX_PROTOS] },
  'check-sni': { min: 1 },
  observe: { min: 1, args: [oneOf('none', 'layer4', 'layer7')] },
  'on-error': { min: 1, args: [oneOf('fastinter', 'fail-check', 'sudden-death', 'mark-down')] },
  'on-marked-down': { min: 1, args: [oneOf('shutdown-sessions')] },
  'on-marked-up': { min: 1, args: [oneOf('shutdown-backup-sessions')] },
  'error-limit': { min: 1, args: [lax(1)] },
  id: { min: 1, args: [lax(1)] },
  'log-proto': { min: 1, args: [oneOf('legacy', 'octet-count')] },
  'pool-purge-delay': { min: 1, args: [ms] },
  'resolve-prefer': { min: 1, args: [oneOf('ipv4', 'ipv6')] },
  'tcp-ut': { min: 1, args: [ms] },
  verify: { min: 1, args: [oneOf('none', 'required')] },
  ws: { min: 1, args: [oneOf('auto', 'h1', 'h2')] },
};

const BIND: Readonly<Record<string, ArgFacts>> = {
  'ssl-min-ver': { min: 1, args: [TLS] },
  'ssl-max-ver': { min: 1, args: [TLS] },
  proto: { min: 1, args: [oneOf('h1', 'h2', 'quic', 'none')] },
  'tcp-ut': { min: 1, args: [ms] },
  backlog: { min: 1, args: [lax(0)] },
  maxconn: { min: 1, args: [lax(0)] },
  id: { min: 1, args: [strict(1)] },
  nice: { min: 1, args: [lax(-1024, 1024)] },
  verify: { min: 1, args: [oneOf('none', 'optional', 'required')] },
  // Stats socket binds.
  level: { min: 1, args: [oneOf('user', 'operator', 'admin')] },
  'severity-output': { min: 1, args: [oneOf('none', 'number', 'string')] },
  'expose-fd': { min: 1, args: [oneOf('listeners')] },
};

const ONE_REQUIRED: ArgFacts = { min: 1 };

/**
 * Words a rule action requires (the condition excluded), by action name without its `(…)`
 * arguments; each refused one word short by `haproxy -c` 2.6 (test/action-args-oracle.test.ts).
 */
const ACTION: Readonly<Record<string, ArgFacts>> = {
  'set-header': { min: 2 },
  'add-header': { min: 2 },
  'del-header': { min: 1 },
  'replace-header': { min: 3 },
  'replace-value': { min: 3 },
  'set-path': { min: 1 },
  'set-query': { min: 1 },
  'set-uri': { min: 1 },
  'set-method': { min: 1 },
  'set-status': { min: 1 },
  'set-var': { min: 1 },
  'set-log-level': { min: 1 },
  capture: { min: 3 },
  'set-nice': { min: 1 },
  'track-sc': { min: 1 },
  'set-dst': { min: 1 },
  'set-src': { min: 1 },
  'cache-use': { min: 1 },
  'cache-store': { min: 1 },
};


/** Keywords of resolvers, cache, mailers, ring and log-forward sections (checked with haproxy 2.6 by test/section-args-oracle). */
const SECTION: Readonly<Record<string, ArgFacts>> = {
  'resolvers accepted_payload_size': { min: 1, args: [lax(12, 65535)] },
  'resolvers hold': { min: 2, args: [oneOf('nx', 'other', 'refused', 'timeout', 'valid', 'obsolete'), ms] },
  'resolvers resolve_retries': { min: 1 },
  'resolvers timeout': { min: 2, args: [oneOf('retry', 'resolve'), ms] },
  // strtoul() with the whole word checked (cache.c); megabytes, at most UINT_MAX >> 20.
  'cache total-max-size': { min: 1, max: 1, args: [{ type: 'int', parse: 'strict', max: 4095, unsigned: true }] },
  'cache max-age': { max: 1 },
  'cache max-object-size': { min: 1, max: 1, args: [strict()] },
  'cache max-secondary-entries': { min: 1, max: 1, args: [strict(1)] },
  'cache process-vary': { max: 1 },
  'mailers timeout mail': { min: 1, args: [ms] },
  // A name and an address ("expects <name> and <addr>[:<port>]"; a peers server may leave its address out).
  'mailers mailer': { min: 2 },
  'resolvers nameserver': { min: 2 },
  'ring server': { min: 2 },
  'http-errors errorfile': { min: 2 },
  'fcgi-app docroot': { min: 1, max: 1 },
  'ring description': { min: 1 },
  'ring format': { min: 1, args: [oneOf(...LOG_FORMATS)] },
  // atol() into a size_t: 0 is refused, a negative size cannot be allocated.
  'ring size': { min: 1, args: [lax(1)] },
  'ring maxlen': { min: 1, args: [{ type: 'int', parse: 'lax', min: 1, unsigned: true }] },
  'ring timeout connect': { min: 1, args: [ms] },
  'ring timeout server': { min: 1, args: [ms] },
  'log-forward backlog': { min: 1, max: 1 },
  'log-forward maxconn': { min: 1, max: 1 },
  'log-forward timeout client': { min: 1, args: [ms] },
  // log.c: these two go through the proxy option table (no word after them); `host` reads one of four names.
  'log-forward option assume-rfc6587-ntf': { max: 0 },
  'log-forward option dont-parse-log': { max: 0 },
  'log-forward option host': { min: 1, args: [oneOf('replace', 'fill', 'keep', 'append')] },
  // ssl_ckch.c crtstore_parse_path_base(): "requires a <path> argument".
  'crt-store crt-base': { min: 1 },
  'crt-store key-base': { min: 1 },
  // cfgparse-peers.c: strtol() in base 10 with an end check (0 is refused too, not judged here).
  'peers shards': { min: 1, args: [{ type: 'int', parse: 'strict' }] },
  'userlist user': { min: 1 },
  'userlist group': { min: 1 },
};

/**
 * What rule actions read before their condition in haproxy 2.6, applied where the action's documented
 * signature is 2.6's: `max` words (one more is "expects either 'if' or 'unless' … but found"),
 * `min` words, value types and keyword options. Actions with free-form options (deny, return…) are
 * not listed. Each fact is probed by test/option-args-oracle and test/action-args-oracle.
 */
const exactly = (n: number, ...args: ArgType[]): ArgFacts => ({ min: n, max: n, ...(args.length > 0 ? { args } : {}) });
const cInt: ArgType = { type: 'int', parse: 'c' };
/** `set-timeout <name> <time>` with the names cfg_parse_rule_set_timeout() knows (action.c). */
const timeoutNamed = (...names: string[]): ArgFacts => exactly(2, oneOf(...names), { type: 'time', unit: 'ms', nonZero: true, orExpression: true });

const oneExpression: ArgFacts = { min: 1, max: 1, expression: 0 };
const capture: ArgFacts = { min: 3, max: 3, expression: 0, valueAfter: [1], valueTypes: { len: lax(1) } };
const trackSc: ArgFacts = { min: 1, max: 3, expression: 0, args: [{ type: 'any' }, oneOf('table')], valueAfter: [1] };
const ACTION_FACTS_26: Readonly<Record<string, ArgFacts>> = {
  'add-acl': exactly(1), 'del-acl': exactly(1), 'del-map': exactly(1), 'set-map': exactly(2), 'add-header': { max: 2 }, 'set-header': { max: 2 }, 'early-hint': exactly(2),
  'replace-header': { max: 3 }, 'replace-value': { max: 3 }, 'replace-path': exactly(2), 'replace-pathq': exactly(2), 'replace-uri': exactly(2),
  'set-method': exactly(1), 'set-path': exactly(1), 'set-pathq': exactly(1), 'set-query': exactly(1), 'set-uri': exactly(1),
  'cache-use': { max: 1 }, 'cache-store': { max: 1 }, 'set-nice': { max: 1 }, allow: { max: 0 }, reject: { max: 0 }, accept: { max: 0 }, 'silent-drop': { max: 0 },
  'disable-l7-retry': { max: 0 }, 'wait-for-handshake': { max: 0 }, 'sc-inc-gpc0': { max: 0 }, 'sc-inc-gpc1': { max: 0 },
  'set-log-level': exactly(1, oneOf(...LOG_LEVELS, 'silent')),
  'set-mark': exactly(1, cInt), 'set-tos': exactly(1, cInt), 'ot-group': exactly(2),
  // A value parse_time_err() cannot read is read as a one-word sample expression (unknown-fetch judges it).
  'set-timeout': timeoutNamed('server', 'tunnel'),
  'strict-mode': exactly(1, oneOf('on', 'off')),
  'set-priority-class': oneExpression, 'set-priority-offset': oneExpression, 'set-var': oneExpression,
  // Their parser reads the expression's word alone (`set-src hdr(x) lower` is refused at `lower`).
  'set-src': exactly(1), 'set-dst': exactly(1), 'set-src-port': exactly(1), 'set-dst-port': exactly(1), 'do-resolve': oneExpression, 'sc-set-gpt0': oneExpression, 'sc-set-gpt': oneExpression,
  // The name alone (Lua services take no arguments yet); a format is one word.
  'use-service': exactly(1), 'set-var-fmt': { max: 1 },
  'track-sc': trackSc,
  // Each ruleset's parser knows its own forms: `len` opens a slot (atol() > 0), `id` fills one.
  'http-request capture': { ...capture, args: [{ type: 'any' }, oneOf('len', 'id')] },
  'http-response capture': { ...capture, args: [{ type: 'any' }, oneOf('id')] },
  'tcp-request content capture': { ...capture, args: [{ type: 'any' }, oneOf('len')] },
  'expect-proxy': exactly(1, oneOf('layer4')), 'expect-netscaler-cip': exactly(1, oneOf('layer4')),
  // Any registered multiplexer (get_mux_proto()): the server `proto` names, of which mode http needs none in particular.
  'switch-mode': { min: 1, max: 3, args: [oneOf('http'), oneOf('proto'), MUX_PROTOS], valueAfter: [1] },
  'wait-for-body': { options: { time: ms, 'at-least': { type: 'size' } }, required: ['time'] },
  auth: { options: { realm: { type: 'any' } } },
  'set-status': { max: 3, args: [strict(100, 999), oneOf('reason'), { type: 'any' }], valueAfter: [1] },
  'del-header': { max: 3, args: [{ type: 'any' }, oneOf('-m'), oneOf('str', 'beg', 'end', 'sub', 'reg')], valueAfter: [1] },
};
/** Facts above that stop holding before the documented signature changes: 3.0 reads a sample expression after set-mark/set-tos. */
const ACTION_FACTS_UNTIL: Readonly<Record<string, HaproxyVersion>> = { 'set-mark': '3.0', 'set-tos': '3.0' };
/**
 * Actions whose documentation changed after 2.6 while their parser reads the same words up to 3.4
 * (the parse functions compared at every release tag; 2.8.0, 3.0.0 and 3.4.0 refuse the same probes
 * as 2.6): the `(…)` arguments gained options, the prose was rewritten. Their 2.6 facts hold there.
 */
const ACTION_FACTS_HOLD_TO_34 = new Set(['capture', 'replace-header', 'replace-value', 'set-map', 'del-map', 'set-var', 'set-var-fmt', 'do-resolve']);
const actionFactsCache = new Map<string, ArgFacts | undefined>();

/** Whether an entry is documented in `version` with the signature 2.6 documents: facts read from 2.6 then hold. */
function documentedAs26(entry: Parameters<typeof atVersion>[0] & { readonly signature?: unknown } | undefined, version: HaproxyVersion): boolean {
  if (!entry) return false;
  const sig = (v: HaproxyVersion): string => JSON.stringify((atVersion(entry, v) as { readonly signature?: unknown }).signature);
  return sig(version) === sig('2.6');
}

/**
 * The most words a signature allows after `name` (Infinity for `*` or `...`): `<x>`, a literal and
 * a `{ a | b }` choice are one word each, a `[ … ]` group adds its own words to the maximum.
 */
export function signatureMaxWords(signature: string, name: string): number {
  // A placeholder may hold spaces (`<jail dir>`): one word.
  const tokens = signature.replace(/<[^>]*>/g, '<x>').replace(/([{}[\]|])/g, ' $1 ').trim().split(/\s+/).slice(name.split(' ').length);
  let i = 0;
  const seq = (close: string | undefined): number => {
    let n = 0;
    while (i < tokens.length) {
      const t = tokens[i++]!;
      if (t === close) return n;
      if (t === '|') {
        // Alternatives inside a choice: the longest one counts.
        n = Math.max(n, seq(close));
        return n;
      }
      if (t === '[') n += seq(']');
      else if (t === '{') n += Math.min(1, seq('}')) || 1;
      else if (t === '*' || t.endsWith('*') || t.includes('...') || t.includes('…')) return Infinity;
      else n++;
    }
    return n;
  };
  return seq(undefined);
}

/**
 * Releases from 2.6 to 3.4 read at most as many words as 2.6 wherever the documentation keeps the
 * word count of the signature (placeholders renamed, choices widened): HAProxy 2.8.0, 3.0.0 and
 * 3.4.0 built from source refuse one word more for every global keyword of GLOBAL_MAX_ARGS_26
 * (test/global-args-oracle with HACFG_HAPROXY and HACFG_ORACLE_VERSION, by hand).
 */
function maxWordsHold(entry: ReturnType<typeof globalKeyword>, name: string, version: HaproxyVersion): boolean {
  if (!entry || compareVersions(version, '2.6') < 0 || compareVersions(version, '3.4') > 0) return false;
  const most = (v: HaproxyVersion): number => Math.max(...((atVersion(entry, v) as { readonly signature?: readonly string[] }).signature ?? []).map((sig) => signatureMaxWords(sig, name)));
  return most(version) === most('2.6');
}

/** Keywords HAProxy reads differently from a release on: the facts that replace the usual ones, newest release first. */
type FromVersion = Readonly<Record<string, readonly { readonly since: HaproxyVersion; readonly facts: ArgFacts }[]>>;

/** The facts `table` gives `name` in `version`, if that version reads it a later way. */
function laterFacts(table: FromVersion, name: string, version: HaproxyVersion | undefined): ArgFacts | undefined {
  return version === undefined ? undefined : table[name]?.find((step) => compareVersions(version, step.since) >= 0)?.facts;
}

/** The same facts from one release on, for each of `names`. */
const sameFrom = (names: readonly string[], since: HaproxyVersion, facts: ArgFacts): FromVersion => Object.fromEntries(names.map((k) => [k, [{ since, facts }]]));

/**
 * Actions read differently from a release on: from 3.0 the mark and TOS actions take one word, an
 * unsigned integer (strtoul(), any base) or else a sample expression (tcp_parse_set_mark/_tos());
 * `set-timeout` knows `client` from 2.9 and `connect`, `queue`, `tarpit` from 3.4; `silent-drop`
 * takes a TTL for its reset from 2.7.
 */
const MARK_TOS_ACTIONS = ['set-mark', 'set-tos', 'set-fc-mark', 'set-bc-mark', 'set-fc-tos', 'set-bc-tos'];
const MARK_TOS_EXPRESSION_SINCE: HaproxyVersion = '3.0';

/** Whether `action` reads a word that is no integer as a sample expression in `version` (the mark and TOS actions from 3.0). */
export function readsIntegerOrExpression(action: string, version: HaproxyVersion): boolean {
  return MARK_TOS_ACTIONS.includes(action) && compareVersions(version, MARK_TOS_EXPRESSION_SINCE) >= 0;
}

const ACTION_FROM: FromVersion = {
  ...sameFrom(MARK_TOS_ACTIONS, MARK_TOS_EXPRESSION_SINCE, { min: 1, max: 1 }),
  // From 3.4 wait-for-body also takes a `use-large-buffer` flag (parse_http_wait_for_body()).
  'wait-for-body': [{ since: '3.4', facts: { options: { time: ms, 'at-least': { type: 'size' } }, flags: ['use-large-buffer'], required: ['time'] } }],
  // From 2.7 an optional `rst-ttl <1-255>` (strtoul(), any base; tcp_parse_silent_drop()).
  'silent-drop': [{ since: '2.7', facts: { max: 2, args: [oneOf('rst-ttl'), { type: 'int', parse: 'c', min: 1, max: 255 }], valueAfter: [0] } }],
  'set-timeout': [
    { since: '3.4', facts: timeoutNamed('client', 'connect', 'queue', 'server', 'tarpit', 'tunnel') },
    { since: '2.9', facts: timeoutNamed('server', 'tunnel', 'client') },
  ],
};

/** `name` is an action (`set-var`) or an action of one ruleset (`http-response capture`), whose facts win. */
function actionFacts(name: string, version: HaproxyVersion | undefined): ArgFacts | undefined {
  const bare = name.slice(name.lastIndexOf(' ') + 1);
  const base = ACTION[bare];
  const later = laterFacts(ACTION_FROM, bare, version);
  if (later) return { ...base, ...later };
  const read = ACTION_FACTS_26[name] ?? ACTION_FACTS_26[bare];
  if (version === undefined || read === undefined) return base;
  const key = `${name}\0${version}`;
  if (actionFactsCache.has(key)) return actionFactsCache.get(key);
  const until = ACTION_FACTS_UNTIL[bare];
  const holds = documentedAs26(anyAction(bare), version) || (ACTION_FACTS_HOLD_TO_34.has(bare) && compareVersions(version, '2.6') >= 0 && compareVersions(version, '3.4') <= 0);
  const facts = holds && (until === undefined || compareVersions(version, until) < 0) ? { ...base, ...read } : base;
  actionFactsCache.set(key, facts);
  return facts;
}

const globalFactsCache = new Map<string, ArgFacts | undefined>();

/** `nbthread` up to the release's MAX_THREADS (from 2.7 to 3.1 more than 64 also need `thread-groups`, not judged here). */
const nbthreadFrom = (since: HaproxyVersion): FromVersion[string][number] => ({ since, facts: { min: 1, max: 1, args: [strict(1, buildLimits(since).maxThreads)] } });

/**
 * Global keywords read differently from a release on (each checked with the 2.8.0, 3.0.0 or 3.4.0
 * binary and the parser at the release tag): `maxconn` with strtol() and an end check from 2.7
 * (cfgparse-global.c), `nbthread`; values added to a choice (`external-check preserve-env` 2.9,
 * `tune.listener.multi-queue fair` 2.8, `tune.idle-pool.shared full`, `set-dumpable on|off|libs` and
 * the combinable `profiling.tasks` options 3.4); `setenv`/`presetenv` refuse a third word from 3.1;
 * `master-worker` is read as in 2.6, which 3.4 documents in another form. A value that becomes
 * optional or required: the buffer counts are read by atoi() of whatever follows from 3.0
 * (dynbuf.c); an empty httpclient CA file only fails the HTTP client's start-up from 2.8.0 (2.7,
 * not checked, is taken to read it as 2.8); `mworker-max-reloads` alone, or with a second word, is
 * refused from 3.1 (before, its parser's error code reads as a warning: an alert, and the file is valid).
 */
const GLOBAL_FROM: FromVersion = {
  maxconn: [{ since: '2.7', facts: { min: 1, max: 1, args: [strict()] } }],
  nbthread: [nbthreadFrom('3.2'), nbthreadFrom('2.7')],
  'external-check': [{ since: '2.9', facts: { max: 1, args: [oneOf('preserve-env')] } }],
  'tune.listener.multi-queue': [{ since: '2.8', facts: { min: 1, max: 1, args: [oneOf('on', 'fair', 'off')] } }],
  'tune.idle-pool.shared': [{ since: '3.4', facts: { min: 1, max: 1, args: [oneOf('full', 'on', 'off')] } }],
  'set-dumpable': [{ since: '3.4', facts: { max: 1, args: [oneOf('on', 'libs', 'off')] } }],
  'profiling.tasks': [{ since: '3.4', facts: { min: 1, args: [oneOf('on', 'auto', 'off', 'lock', 'no-lock', 'memory', 'no-memory')], repeat: true } }],
  'master-worker': [{ since: '3.4', facts: { max: 1, args: [oneOf('no-exit-on-failure')] } }],
  ...sameFrom(['setenv', 'presetenv'], '3.1', { min: 2, max: 2 }),
  ...sameFrom(['tune.buffers.limit', 'tune.buffers.reserve'], '3.0', { max: 1 }),
  'httpclient.ssl.ca-file': [{ since: '2.7', facts: { max: 1 } }],
  'mworker-max-reloads': [{ since: '3.1', facts: { min: 1, max: 1 } }],
};

/**
 * Global keyword facts: a release's own reading (GLOBAL_FROM) first, then what that release's binary
 * was measured to read, then 2.6's reading where the release documents the keyword as 2.6 does.
 */
function globalFacts(name: string, version: HaproxyVersion | undefined): ArgFacts | undefined {
  const later = laterFacts(GLOBAL_FROM, name, version);
  if (later) return later;
  const base = GLOBAL[name] ?? (GLOBAL_REQUIRED_ARG.has(name) ? ONE_REQUIRED : undefined);
  if (version === undefined) return base;
  const key = `${name}\0${version}`;
  if (globalFactsCache.has(key)) return globalFactsCache.get(key);
  const facts = withReadFacts(base, name, version);
  globalFactsCache.set(key, facts);
  return facts;
}

/** `base` completed with the word count and names measured for `version`, else those read from 2.6 where they still hold. */
function withReadFacts(base: ArgFacts | undefined, name: string, version: HaproxyVersion): ArgFacts | undefined {
  const measured = probedGlobalFacts(name, version);
  let max = measured?.max;
  let values = measured?.values;
  const max26 = GLOBAL_MAX_ARGS_26[name];
  const values26 = GLOBAL_ENUMS_26[name];
  if ((max === undefined && max26 !== undefined) || (values === undefined && values26 !== undefined)) {
    const entry = globalKeyword(name);
    if (documentedAs26(entry, version)) {
      max ??= max26;
      values ??= values26;
    } else if (maxWordsHold(entry, name, version)) max ??= max26;
  }
  if ((base?.max !== undefined || max === undefined) && (base?.args !== undefined || values === undefined)) return base;
  return {
    ...base,
    ...(base?.max === undefined && max !== undefined ? { max } : {}),
    ...(base?.args === undefined && values !== undefined ? { args: [{ type: 'enum', values }] as const } : {}),
  };
}

/**
 * Proxy keywords read differently from a release on: the error pages take exactly two words from
 * 3.2 (http_htx.c); `option httpchk` takes a host after the HTTP version from 3.1 (tcpcheck.c).
 */
const PROXY_FROM: FromVersion = {
  ...sameFrom(['errorfile', 'errorloc', 'errorloc302', 'errorloc303'], '3.2', { min: 2, max: 2 }),
  'option httpchk': [{ since: '3.1', facts: { max: 4 } }],
};

/** Section keywords read differently from a release on: ring sizes take units from 3.2 (parse_size_err()). */
const SECTION_FROM: FromVersion = sameFrom(['ring size'], '3.2', { min: 1, args: [{ type: 'size', nonZero: true }] });

/**
 * Argument facts of a keyword (full name: `timeout client`, `option httplog`, `weight`). Global
 * keywords also get the facts read from HAProxy 2.6 when `version` documents them the same way.
 */
export function argFacts(scope: ArgScope, name: string, version?: HaproxyVersion): ArgFacts | undefined {
  switch (scope) {
    case 'proxy':
      return laterFacts(PROXY_FROM, name, version) ?? PROXY[name] ?? (name.startsWith('timeout ') ? TIMEOUT : undefined);
    case 'global':
      return globalFacts(name, version);
    case 'server':
      return SERVER[name];
    case 'bind':
      return BIND[name];
    case 'action':
      return actionFacts(name, version);
    case 'section':
      return laterFacts(SECTION_FROM, name, version) ?? SECTION[name];
  }
}

/** The enum values a version accepts. */
export function enumValues(t: Extract<ArgType, { type: 'enum' }>, version: HaproxyVersion, compare: (a: HaproxyVersion, b: HaproxyVersion) => number): string[] {
  return t.values.filter((v) => typeof v === 'string' || compare(version, v.since) >= 0).map((v) => (typeof v === 'string' ? v : v.value));
}

/** Result of reading a value against its type: undefined when HAProxy accepts it. */
export type ArgProblem =
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'overflow' }
  | { readonly kind: 'underflow' }
  | { readonly kind: 'zero' }
  | { readonly kind: 'range'; readonly value: number }
  | { readonly kind: 'enum' }
  /** Characters after a valid unit (`5sec`, `1m30`): HAProxy reads the value and only warns. */
  | { readonly kind: 'trailing'; readonly char: string };

const TIME_SCALE: Readonly<Record<string, number>> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Reads a delay as HAProxy's parse_time_err(): a trailing character after a valid unit is only a warning. */
export function checkTime(text: string, t: Extract<ArgType, { type: 'time' }>): ArgProblem | undefined {
  const m = /^(\d+)(us|ms|s|m|h|d)?/.exec(text);
  if (!m) return { kind: 'char', char: text[0] ?? '' };
  const rest = text.slice(m[0].length);
  if (m[2] === undefined && rest !== '') return { kind: 'char', char: rest[0]! };
  const value = Number(m[1]);
  // The result is counted in the keyword's own unit (ms or s, rounded up) and must fit 31 bits.
  const perUnit = t.unit === 's' ? 1000 : 1;
  const scale = m[2] === undefined ? 1 : TIME_SCALE[m[2]]! / perUnit;
  const result = Math.ceil(value * scale);
  if (result >= 0x80000000) return { kind: 'overflow' };
  if (result === 0 && value !== 0) return { kind: 'underflow' };
  if (t.nonZero && result === 0) return { kind: 'zero' };
  if (rest !== '') return { kind: 'trailing', char: rest[0]! };
  return undefined;
}

/** The leading integer of a word as C's atol()/atoi() read it: blanks, a sign, digits; anything else reads as 0. */
export function atol(text: string): number {
  const m = /^\s*([-+]?\d+)/.exec(text);
  return m ? Number(m[1]) : 0;
}

/** Reads an integer as HAProxy does for that keyword (strtol with an end check, or atol). */
export function checkInt(text: string, t: Extract<ArgType, { type: 'int' }>): ArgProblem | undefined {
  let value: number;
  if (t.parse === 'strict') {
    if (!/^[-+]?\d+$/.test(text)) return { kind: 'char', char: text.replace(/^[-+]?\d*/, '')[0] ?? '' };
    value = Number(text);
  } else if (t.parse === 'c') {
    const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(text);
    if (!m || m[0].length < text.length) return { kind: 'char', char: text.slice(m?.[0].length ?? 0)[0] ?? '' };
    const digits = m[2]!;
    const n = /^0[xX]/.test(digits) ? parseInt(digits.slice(2), 16) : digits.startsWith('0') ? parseInt(digits, 8) : Number(digits);
    value = m[1] === '-' ? -n : n;
  } else value = atol(text);
  // Stored unsigned, a negative value wraps around to a huge one: above any minimum, beyond any maximum.
  if (t.unsigned && value < 0) return t.max !== undefined ? { kind: 'range', value } : undefined;
  if (t.orZero && value === 0) return undefined;
  if ((t.min !== undefined && value < t.min) || (t.max !== undefined && value > t.max)) return { kind: 'range', value };
  return undefined;
}

/** Reads a size as parse_size_err(): digits then at most one k/m/g. */
export function checkSize(text: string): ArgProblem | undefined {
  const m = /^\d+[kKmMgG]?/.exec(text);
  if (!m) return { kind: 'char', char: text[0] ?? '' };
  if (m[0].length < text.length) return { kind: 'char', char: text[m[0].length]! };
  return undefined;
}
