/** Proxy modes as HAProxy's post-parse checks group them. */
import { PROXY_MODES } from '@hacfg/catalog';
import type { Proxy } from '@hacfg/model';

/**
 * A mode HAProxy knows that is not HTTP (tcp, log, spop): its checks for "requires HTTP mode" test
 * `mode != PR_MODE_HTTP`, so they hold for all three. An unknown mode is already an error, and
 * warning about it again would only add noise.
 */
export const isNonHttpMode = (mode: string): boolean => mode !== 'http' && PROXY_MODES.has(mode);

/** Balance algorithms that hash layer-7 data (BE_LB_NEED_HTTP): outside HTTP mode HAProxy falls back to round robin. */
export const L7_BALANCE = /^(uri|url_param|hdr\()/;

const switching = new WeakMap<Proxy, boolean>();

/** Whether a proxy has a `switch-mode` rule (a TCP frontend that may turn to HTTP: PR_O_HTTP_UPG). */
export function switchesToHttp(p: Proxy): boolean {
  let up = switching.get(p);
  if (up === undefined) switching.set(p, (up = p.statements.some((s) => s.type === 'rule' && s.action?.value === 'switch-mode')));
  return up;
}
