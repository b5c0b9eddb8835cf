/**
 * Environment variables HAProxy itself defines while it reads the configuration (haproxy.c,
 * load_cfg()/init() at each release tag; checked with `.if defined(…)` and `.notice "${…}"` against
 * 2.6.12, 3.0.0 and 3.2.0). `.if defined(HAPROXY_LOCALPEER)` is true and `"${HAPROXY_HTTP_LOG_FMT}"`
 * is a whole log format even in an empty environment.
 */
import { compareVersions, type HaproxyVersion } from './versions.js';

// The default formats, as src/log.c holds them (unchanged from 2.8 to 3.4).
const HTTP = '%ci:%cp [%tr] %ft %b/%s %TR/%Tw/%Tc/%Tr/%Ta %ST %B %CC %CS %tsc %ac/%fc/%bc/%sc/%rc %sq/%bq %hr %hs %{+Q}r';
const HTTPS = `${HTTP} %[fc_err]/%[ssl_fc_err,hex]/%[ssl_c_err]/%[ssl_c_ca_err]/%[ssl_fc_is_resumed] %[ssl_fc_sni]/%sslv/%sslc`;
const TCP = '%ci:%cp [%t] %ft %b/%s %Tw/%Tc/%Tt %B %ts %ac/%fc/%bc/%sc/%rc %sq/%bq';
const HTTP_CLF = '%{+Q}o %{-Q}ci - - [%trg] %r %ST %B "" "" %cp %ms %ft %b %s %TR %Tw %Tc %Tr %Ta %tsc %ac %fc %bc %sc %rc %sq %bq %CC %CS %hrl %hsl';
const TCP_CLF = '%{+Q}o %{-Q}ci - - [%T] "TCP " 000 %B "" "" %cp %ms %ft %b %s %Th %Tw %Tc %Tt %U %ts-- %ac %fc %bc %sc %rc %sq %bq "" "" ';
const KEYLOG = (side: 'fc' | 'bc'): string =>
  [
    `CLIENT_RANDOM %[ssl_${side}_client_random,hex] %[ssl_${side}_session_key,hex]`,
    ...['client_early_traffic_secret', 'client_handshake_traffic_secret', 'server_handshake_traffic_secret', 'client_traffic_secret_0', 'server_traffic_secret_0', 'exporter_secret', 'early_exporter_secret'].map(
      (s) => `${s.toUpperCase()} %[ssl_${side}_client_random,hex] %[ssl_${side}_${s}]`,
    ),
  ].join('\n');

interface BuiltinVar {
  readonly name: string;
  readonly since: HaproxyVersion;
  readonly value: (version: HaproxyVersion, files: readonly string[]) => string;
}

const VARS: readonly BuiltinVar[] = [
  // The host's name (or `-L`): unknown here, `localhost` stands for it.
  { name: 'HAPROXY_LOCALPEER', since: '2.4', value: () => 'localhost' },
  // 2.8 upstream; Debian's 2.6.12 has it too. The patch level is unknown: the branch stands for it.
  { name: 'HAPROXY_STARTUP_VERSION', since: '2.6', value: (v) => v },
  { name: 'HAPROXY_BRANCH', since: '2.8', value: (v) => v },
  { name: 'HAPROXY_HTTP_LOG_FMT', since: '2.8', value: () => HTTP },
  { name: 'HAPROXY_HTTPS_LOG_FMT', since: '2.8', value: () => HTTPS },
  { name: 'HAPROXY_TCP_LOG_FMT', since: '2.8', value: () => TCP },
  { name: 'HAPROXY_HTTP_CLF_LOG_FMT', since: '3.1', value: () => HTTP_CLF },
  { name: 'HAPROXY_TCP_CLF_LOG_FMT', since: '3.1', value: () => TCP_CLF },
  // From 3.2 the files are loaded, and this set, before any is parsed.
  { name: 'HAPROXY_CFGFILES', since: '3.2', value: (_v, files) => files.join(';') },
  { name: 'HAPROXY_KEYLOG_FC_LOG_FMT', since: '3.4', value: () => KEYLOG('fc') },
  { name: 'HAPROXY_KEYLOG_BC_LOG_FMT', since: '3.4', value: () => KEYLOG('bc') },
];

/** The variables `version` defines while it parses `files` (names as given on the command line). */
export function builtinEnv(version: HaproxyVersion, files: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of VARS) if (compareVersions(version, v.since) >= 0) out[v.name] = v.value(version, files);
  return out;
}
