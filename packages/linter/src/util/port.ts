/**
 * Reads the port of an address as HAProxy's str2sa_range() does: a leading digit starts a port
 * or `low-high` range read with atoi() (trailing garbage ignored), `+N`/`-N` are offsets, and
 * anything else is an invalid character.
 */
import { atol } from '@hacfg/catalog';

export type PortReading =
  | { readonly kind: 'port'; readonly low: number; readonly high: number; readonly range: boolean }
  | { readonly kind: 'offset' }
  | { readonly kind: 'char'; readonly char: string };


export function readPort(port: string): PortReading {
  if (/^\d/.test(port)) {
    const dash = port.indexOf('-');
    const low = atol(dash >= 0 ? port.slice(0, dash) : port);
    return { kind: 'port', low, high: dash >= 0 ? atol(port.slice(dash + 1)) : low, range: dash >= 0 };
  }
  if (port.startsWith('+') || port.startsWith('-')) return { kind: 'offset' };
  return { kind: 'char', char: port[0] ?? '' };
}
