/**
 * The HTTP status codes HAProxy keeps an error message for (`http_err_codes` in src/http.c, read
 * at v2.4.0 … v3.4.0): the only ones `errorfile`, `errorloc*`, `http-error` and `deny_status` take.
 */
import { compareVersions, type HaproxyVersion } from './versions.js';

const BASE = [200, 400, 401, 403, 404, 405, 407, 408, 410, 413, 421, 425, 429, 500, 501, 502, 503, 504];
const ADDED: readonly { readonly code: number; readonly since: HaproxyVersion }[] = [
  { code: 422, since: '2.5' },
  { code: 414, since: '3.1' },
  { code: 431, since: '3.1' },
];

/** The error-message status codes of a version, ascending. */
export function errorStatusCodes(version: HaproxyVersion): readonly number[] {
  return [...BASE, ...ADDED.filter((a) => compareVersions(version, a.since) >= 0).map((a) => a.code)].sort((a, b) => a - b);
}
