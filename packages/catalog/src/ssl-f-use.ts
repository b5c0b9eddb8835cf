/**
 * The words of an `ssl-f-use` line (3.2+, cfgparse-ssl.c proxy_parse_ssl_f_use()): `crt <file>`,
 * the crt-list SSL options (ssl_crtlist_kws) and the certificate options of crt-store `load` lines
 * (ckch_conf_kws, also what a `load` line reads), read at v3.0.0 … v3.4.0.
 */
import { compareVersions, type HaproxyVersion } from './versions.js';

/** crt-list options and how many value words each reads. */
const CRTLIST: Readonly<Record<string, number>> = {
  alpn: 1, 'ca-file': 1, 'ca-verify-file': 1, ciphers: 1, ciphersuites: 1, 'client-sigalgs': 1, 'crl-file': 1, curves: 1, ecdhe: 1,
  'no-alpn': 0, 'no-ca-names': 0, npn: 1, sigalgs: 1, 'ssl-min-ver': 1, 'ssl-max-ver': 1, verify: 1,
};
/** Certificate options (always one value), with the release that added them (crt-store itself is 3.0, ssl-f-use 3.2). */
const CKCH: readonly (readonly [string, HaproxyVersion])[] = [
  ['alias', '3.0'], ['crt', '3.0'], ['key', '3.0'], ['ocsp', '3.0'], ['issuer', '3.0'], ['sctl', '3.0'], ['ocsp-update', '3.0'], ['acme', '3.2'], ['domains', '3.2'],
  ['jwt', '3.3'], ['ips', '3.4'], ['generate-dummy', '3.4'], ['keytype', '3.4'], ['bits', '3.4'], ['curves', '3.4'],
];

/** How many value words `name` takes on an `ssl-f-use` line of `version`, or undefined when HAProxy does not know it. */
export function sslFUseOption(name: string, version: HaproxyVersion): number | undefined {
  if (name === 'ktls') return compareVersions(version, '3.3') >= 0 ? 1 : undefined;
  if (Object.hasOwn(CRTLIST, name)) return CRTLIST[name];
  return CKCH.some(([n, since]) => n === name && compareVersions(version, since) >= 0) ? 1 : undefined;
}

/** The option names of `version`, for messages. */
export const sslFUseOptions = (version: HaproxyVersion): string[] => [...CKCH.filter(([, s]) => compareVersions(version, s) >= 0).map(([n]) => n), ...Object.keys(CRTLIST), ...(compareVersions(version, '3.3') >= 0 ? ['ktls'] : [])].filter((n, i, a) => a.indexOf(n) === i);

/** The words a crt-store `load` line of `version` knows (ssl_ckch.c crtstore_parse_load(): each takes one value). */
export const crtStoreLoadOptions = (version: HaproxyVersion): string[] => CKCH.filter(([, s]) => compareVersions(version, s) >= 0).map(([n]) => n);
