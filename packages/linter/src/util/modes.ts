/** Proxy modes as HAProxy's post-parse checks group them. */
import { PROXY_MODES } from '@hacfg/catalog';

/**
 * A mode HAProxy knows that is not HTTP (tcp, log, spop): its checks for "requires HTTP mode" test
 * `mode != PR_MODE_HTTP`, so they hold for all three. An unknown mode is already an error, and
 * warning about it again would only add noise.
 */
export const isNonHttpMode = (mode: string): boolean => mode !== 'http' && PROXY_MODES.has(mode);

/** Balance algorithms that hash layer-7 data (BE_LB_NEED_HTTP): outside HTTP mode HAProxy falls back to round robin. */
export const L7_BALANCE = /^(uri|url_param|hdr\()/;
