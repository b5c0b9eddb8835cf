// Hand-written facts the reference dataset is silent on: legacy keywords that HAProxy rejects
// with a dedicated message (and what to write instead), build-dependent keywords, and names the
// documentation lists but the binary does not register. Messages were checked with
// `haproxy -c -dr` (Debian 2.6.12) and versions against the haproxy source at release tags.

/** Where a removed keyword was written. */
export type LegacyScope = 'global' | 'proxy' | 'option' | 'section';

/** An automatic fix that is a pure word rewrite of the line's leading words. */
export type MechanicalFix =
  | { readonly kind: 'rewrite'; readonly from: readonly string[]; readonly to: readonly string[] }
  /** The directive has no effect any more (or never will again): drop the whole line. */
  | { readonly kind: 'removeLine' };

export interface RemovedKeyword {
  /** Full keyword as typed (`contimeout`, `option http-use-htx`). */
  readonly name: string;
  readonly scope: LegacyScope;
  /** First HAProxy version that rejects it (may predate 2.4, the oldest covered branch). */
  readonly removedIn: string;
  /** Versions in which it was still accepted but ignored with a warning. */
  readonly ignoredSince?: string;
  /** What to write instead, in our words. */
  readonly replacement: string;
  readonly mechanicalFix?: MechanicalFix;
  /** Rejected with a dedicated message naming the replacement (not a generic "unknown keyword"). */
  readonly dedicatedMessage: boolean;
  /** Only the keyword alone is refused; with arguments it is still read (`master-worker no-exit-on-failure`). */
  readonly bareOnly?: true;
}

const rw = (from: string, to: string): MechanicalFix => ({ kind: 'rewrite', from: from.split(' '), to: to.split(' ') });
const drop: MechanicalFix = { kind: 'removeLine' };

const reqRsp = (name: string, replacement: string, removedIn = '2.1'): RemovedKeyword => ({
  name,
  scope: 'proxy',
  removedIn,
  replacement,
  dedicatedMessage: true,
});

export const REMOVED_KEYWORDS: readonly RemovedKeyword[] = [
  { name: 'contimeout', scope: 'proxy', removedIn: '2.1', replacement: 'timeout connect', mechanicalFix: rw('contimeout', 'timeout connect'), dedicatedMessage: true },
  { name: 'clitimeout', scope: 'proxy', removedIn: '2.1', replacement: 'timeout client', mechanicalFix: rw('clitimeout', 'timeout client'), dedicatedMessage: true },
  { name: 'srvtimeout', scope: 'proxy', removedIn: '2.1', replacement: 'timeout server', mechanicalFix: rw('srvtimeout', 'timeout server'), dedicatedMessage: true },
  { name: 'redispatch', scope: 'proxy', removedIn: '2.1', replacement: 'option redispatch', mechanicalFix: rw('redispatch', 'option redispatch'), dedicatedMessage: true },
  { name: 'redisp', scope: 'proxy', removedIn: '2.1', replacement: 'option redispatch', mechanicalFix: rw('redisp', 'option redispatch'), dedicatedMessage: true },
  { name: 'block', scope: 'proxy', removedIn: '2.1', replacement: 'http-request deny (same condition syntax)', mechanicalFix: rw('block', 'http-request deny'), dedicatedMessage: true },
  reqRsp('reqrep', 'http-request replace-path, replace-uri or replace-header'),
  reqRsp('reqirep', 'http-request replace-header (with a case-insensitive regex)'),
  reqRsp('reqadd', 'http-request add-header'),
  reqRsp('reqdel', 'http-request del-header'),
  reqRsp('reqidel', 'http-request del-header'),
  reqRsp('reqdeny', 'http-request deny with a condition'),
  reqRsp('reqideny', 'http-request deny with a condition'),
  reqRsp('reqallow', 'http-request allow with a condition'),
  reqRsp('reqiallow', 'http-request allow with a condition'),
  reqRsp('reqpass', 'no direct equivalent: express the condition in http-request rules'),
  reqRsp('reqipass', 'no direct equivalent: express the condition in http-request rules'),
  reqRsp('reqtarpit', 'http-request tarpit with a condition'),
  reqRsp('reqitarpit', 'http-request tarpit with a condition'),
  reqRsp('rsprep', 'http-response replace-header'),
  reqRsp('rspirep', 'http-response replace-header'),
  reqRsp('rspadd', 'http-response add-header'),
  reqRsp('rspdel', 'http-response del-header'),
  reqRsp('rspidel', 'http-response del-header'),
  reqRsp('rspdeny', 'http-response deny with a condition'),
  reqRsp('rspideny', 'http-response deny with a condition'),
  // Gone long before 2.1; HAProxy 2.x reports them as unknown keywords.
  { name: 'reqsetbe', scope: 'proxy', removedIn: '1.6', replacement: 'use_backend with a condition', dedicatedMessage: false },
  { name: 'reqisetbe', scope: 'proxy', removedIn: '1.6', replacement: 'use_backend with a condition', dedicatedMessage: false },
  { name: 'appsession', scope: 'proxy', removedIn: '1.6', replacement: 'cookie-based persistence (cookie) or a stick-table keyed on the session cookie', dedicatedMessage: true },
  { name: 'monitor-net', scope: 'proxy', removedIn: '2.3', replacement: 'http-request return status 200 if { src <network> }', dedicatedMessage: true },
  { name: 'mode health', scope: 'proxy', removedIn: '2.3', replacement: 'http-request return status 200', dedicatedMessage: true },
  { name: 'grace', scope: 'proxy', removedIn: '2.5', replacement: 'nothing per proxy; the global grace keyword (2.5+) delays stopping instead', dedicatedMessage: true },
  { name: 'bind-process', scope: 'proxy', removedIn: '2.7', ignoredSince: '2.5', replacement: 'nothing: processes are gone, threads serve every listener', mechanicalFix: drop, dedicatedMessage: true },
  { name: 'transparent', scope: 'proxy', removedIn: '3.5-dev', replacement: 'a server with address 0.0.0.0 (or option transparent before 3.5)', dedicatedMessage: true },
  { name: 'dispatch', scope: 'proxy', removedIn: '3.5-dev', replacement: 'a server line with the same address (other servers at weight 0 if any)', dedicatedMessage: true },
  { name: 'option http-use-htx', scope: 'option', removedIn: '2.5', ignoredSince: '2.1', replacement: 'nothing: HTX is always on', mechanicalFix: drop, dedicatedMessage: false },
  { name: 'option independant-streams', scope: 'option', removedIn: '2.1', replacement: 'option independent-streams (spelling fixed)', mechanicalFix: rw('option independant-streams', 'option independent-streams'), dedicatedMessage: false },
  { name: 'option http_proxy', scope: 'option', removedIn: '2.5', replacement: 'http-request set-dst and set-uri, plus do-resolve when DNS is needed', dedicatedMessage: true },
  // 2.4 still reads both, with a warning, and ignores them (forceclose only resets a keep-alive mode); 2.5 refuses them.
  { name: 'option forceclose', scope: 'option', removedIn: '2.5', ignoredSince: '2.0', replacement: 'remove it, or option httpclose if really needed', dedicatedMessage: true },
  { name: 'option http-tunnel', scope: 'option', removedIn: '2.5', ignoredSince: '2.1', replacement: 'remove it; it is no longer needed', mechanicalFix: drop, dedicatedMessage: true },
  { name: 'nbproc', scope: 'global', removedIn: '2.5', replacement: 'nbthread (threads are used automatically)', mechanicalFix: drop, dedicatedMessage: true },
  { name: 'tune.chksize', scope: 'global', removedIn: '2.5', replacement: 'nothing: tune.bufsize is used', mechanicalFix: drop, dedicatedMessage: true },
  { name: 'debug', scope: 'global', removedIn: '2.3', replacement: 'the -d command-line flag', mechanicalFix: drop, dedicatedMessage: false },
  { name: 'stats bind-process', scope: 'global', removedIn: '2.7', replacement: 'nothing: processes are gone', mechanicalFix: drop, dedicatedMessage: true },
  // cfgparse-global.c at v3.5-dev5: "support for 'master-worker' was removed in version 3.5".
  { name: 'master-worker', scope: 'global', removedIn: '3.5-dev', replacement: "the -W or -Ws command-line flag ('master-worker no-exit-on-failure' is still read)", dedicatedMessage: true, bareOnly: true },
  { name: 'program', scope: 'section', removedIn: '3.3', replacement: 'the service manager (systemd, …) to start the program', dedicatedMessage: false },
];

const REMOVED = new Map(REMOVED_KEYWORDS.map((r) => [r.name, r]));

/**
 * A legacy keyword (full name, e.g. `contimeout` or `option http-use-htx`) that HAProxy no longer
 * accepts, with its replacement. Global `quiet` is absent on purpose: 2.4 … 3.5 still accept it.
 */
export function removedKeyword(name: string): RemovedKeyword | undefined {
  return REMOVED.get(name);
}

/** Longest legacy keyword spelled by the leading words of a line (`option`, `mode`, `stats`). */
export function matchRemovedKeyword(words: readonly string[]): { readonly entry: RemovedKeyword; readonly consumed: number } | undefined {
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const entry = REMOVED.get(words.slice(0, n).join(' '));
    if (entry) return { entry, consumed: n };
  }
  return undefined;
}

/** Apply a rewrite fix to a line's words; undefined for fixes that are not rewrites. */
export function applyMechanicalFix(fix: MechanicalFix, words: readonly string[]): readonly string[] | undefined {
  if (fix.kind !== 'rewrite') return undefined;
  if (!fix.from.every((w, i) => words[i] === w)) return undefined;
  return [...fix.to, ...words.slice(fix.from.length)];
}

// ---- build-dependent keywords -------------------------------------------------------------------

export type BuildCategory = 'global' | 'bind' | 'server' | 'fetch' | 'converter';

export interface BuildRule {
  readonly category: BuildCategory;
  /** Exact name, or a prefix when it ends with `.`, `-` or `*` (`*` is stripped). */
  readonly match: string;
  /** The `USE_*` make flag that compiles it in. */
  readonly build: string;
}

/**
 * Keywords only present when HAProxy is built with a feature. From the 2.6 validation run
 * (reported unknown by a Debian binary built without them; guard located in the source).
 */
export const BUILD_DEPENDENT: readonly BuildRule[] = [
  { category: 'global', match: '51degrees-', build: 'USE_51DEGREES' },
  { category: 'fetch', match: '51d.all', build: 'USE_51DEGREES' },
  { category: 'converter', match: '51d.single', build: 'USE_51DEGREES' },
  { category: 'global', match: 'deviceatlas-', build: 'USE_DEVICEATLAS' },
  { category: 'converter', match: 'da-csv-conv', build: 'USE_DEVICEATLAS' },
  { category: 'global', match: 'wurfl-', build: 'USE_WURFL' },
  { category: 'fetch', match: 'wurfl-', build: 'USE_WURFL' },
  { category: 'global', match: 'tune.quic.', build: 'USE_QUIC' },
  { category: 'bind', match: 'quic-', build: 'USE_QUIC' },
  { category: 'global', match: 'tune.zlib.', build: 'USE_ZLIB' },
  { category: 'global', match: 'profiling.memory', build: 'USE_MEMORY_PROFILING' },
  { category: 'global', match: 'ssl-engine', build: 'USE_ENGINE' },
];

/** The build flag a keyword needs, if it is build-dependent. */
export function buildFlag(category: BuildCategory, name: string): string | undefined {
  for (const r of BUILD_DEPENDENT) {
    if (r.category !== category) continue;
    const m = r.match.endsWith('*') ? r.match.slice(0, -1) : r.match;
    const prefix = r.match.endsWith('*') || r.match.endsWith('.') || r.match.endsWith('-');
    if (prefix ? name.startsWith(m) : name === m) return r.build;
  }
  return undefined;
}

/**
 * Names the documentation lists but the binary does not register (2.6 validation + source at
 * v2.6.0). Linters should not suggest them.
 */
export const DOCUMENTATION_ONLY: readonly { readonly category: string; readonly name: string; readonly note: string }[] = [
  { category: 'server', name: 'no-verifyhost', note: 'not registered by the source' },
  { category: 'fetch', name: 'set-cookie', note: 'not registered by the source' },
  { category: 'global', name: 'deviceatlas-separator', note: 'the source registers deviceatlas-property-separator' },
  ...['req.cook_beg', 'req.cook_dir', 'req.cook_dom', 'req.cook_end', 'req.cook_len', 'req.cook_reg', 'req.cook_sub'].map((name) => ({
    category: 'acl-derivative',
    name,
    note: 'only the legacy cook_* spelling is registered',
  })),
  ...['res.hdr_beg', 'res.hdr_dir', 'res.hdr_dom', 'res.hdr_end', 'res.hdr_len', 'res.hdr_reg', 'res.hdr_sub'].map((name) => ({
    category: 'acl-derivative',
    name,
    note: 'only the legacy shdr_* spelling is registered',
  })),
  { category: 'acl-derivative', name: 'res.scook', note: 'only scook is registered' },
  { category: 'acl-derivative', name: 'resp.ver', note: 'only resp_ver is registered' },
];

// ---- maintenance-release backports ---------------------------------------------------------------

/**
 * Names a stable branch gained in a maintenance release although that branch's documentation does
 * not list them (the data says a later version; each works in `haproxy -c` 2.6.12, the release we checked,
 * and the branch's source mirror lacks the maintenance tags to pin the first release).
 */
export const BACKPORTED: readonly { readonly category: 'converter' | 'cond-predicate'; readonly name: string; readonly branch: string; readonly checkedWith: string }[] = [
  { category: 'converter', name: 'host_only', branch: '2.6', checkedWith: '2.6.12' },
  { category: 'converter', name: 'port_only', branch: '2.6', checkedWith: '2.6.12' },
  { category: 'converter', name: 'table_expire', branch: '2.6', checkedWith: '2.6.12' },
  { category: 'converter', name: 'table_idle', branch: '2.6', checkedWith: '2.6.12' },
  // `.if` predicates the data documents from 3.3 only; 2.6.12's regtests use them.
  { category: 'cond-predicate', name: 'ssllib_name_startswith', branch: '2.6', checkedWith: '2.6.12' },
  { category: 'cond-predicate', name: 'openssl_version_atleast', branch: '2.6', checkedWith: '2.6.12' },
  { category: 'cond-predicate', name: 'openssl_version_before', branch: '2.6', checkedWith: '2.6.12' },
];

/** Whether `name` of `category` was backported to the branch `version`. */
export function backportedTo(category: (typeof BACKPORTED)[number]['category'], name: string, version: string): boolean {
  return BACKPORTED.some((b) => b.category === category && b.name === name && b.branch === version);
}

// ---- global `no` prefix --------------------------------------------------------------------------

/**
 * Global keywords that accept a `no` (or `default`) prefix; HAProxy 2.6 rejects the prefix on any
 * other global keyword ("negation/default currently supported only for …").
 */
export const GLOBAL_NEGATABLE: ReadonlySet<string> = new Set(['log', 'busy-polling', 'set-dumpable', 'strict-limits', 'insecure-fork-wanted', 'numa-cpu-mapping']);

// ---- replacements for deprecated names --------------------------------------------------------------

type DeprecatedCategory = 'keyword' | 'action' | 'fetch' | 'bind';

/**
 * What to write instead of a name the data marks deprecated (`deprecatedSince`), or a bind option
 * HAProxy warns about (DEPRECATION_WARNINGS). `mechanical`: the replacement takes the same
 * arguments, so renaming is a safe fix.
 */
export const DEPRECATED_REPLACEMENTS: readonly { readonly category: DeprecatedCategory; readonly name: string; readonly replacement: string; readonly mechanical: boolean }[] = [
  { category: 'bind', name: 'process', replacement: "'thread' with the thread set written after the slash (there is one process since 2.5)", mechanical: false },
  { category: 'action', name: 'set-mark', replacement: 'set-fc-mark', mechanical: true },
  { category: 'action', name: 'set-tos', replacement: 'set-fc-tos', mechanical: true },
  { category: 'keyword', name: 'tune.ssl.capture-cipherlist-size', replacement: 'tune.ssl.capture-buffer-size', mechanical: true },
  { category: 'keyword', name: 'tune.ssl.ocsp-update.maxdelay', replacement: 'ocsp-update.maxdelay', mechanical: true },
  { category: 'keyword', name: 'tune.ssl.ocsp-update.mindelay', replacement: 'ocsp-update.mindelay', mechanical: true },
  { category: 'keyword', name: 'option accept-invalid-http-request', replacement: 'option accept-unsafe-violations-in-http-request', mechanical: true },
  { category: 'keyword', name: 'option accept-invalid-http-response', replacement: 'option accept-unsafe-violations-in-http-response', mechanical: true },
  { category: 'keyword', name: 'dispatch', replacement: 'a server line with the same address', mechanical: false },
  { category: 'keyword', name: 'option transparent', replacement: 'a server with address 0.0.0.0', mechanical: false },
  { category: 'keyword', name: 'compression', replacement: 'filter compression plus its settings', mechanical: false },
  { category: 'keyword', name: 'master-worker', replacement: 'the -W command-line flag', mechanical: false },
  ...(['cook', 'cook_cnt', 'cook_val', 'hdr_cnt', 'hdr_ip', 'hdr_val', 'payload', 'payload_lv', 'rdp_cookie'] as const).map((n) => ({ category: 'fetch' as const, name: n, replacement: `req.${n}`, mechanical: true })),
];

export function deprecatedReplacement(category: DeprecatedCategory, name: string): (typeof DEPRECATED_REPLACEMENTS)[number] | undefined {
  return DEPRECATED_REPLACEMENTS.find((d) => d.category === category && d.name === name);
}
