/**
 * Reads the port of an address as HAProxy's str2sa_range() does: a leading digit starts a port
 * or `low-high` range, each end read with atoi() (the syntax's `portRange`), `+N`/`-N` are
 * offsets, and anything else is an invalid character.
 */
import type { Address } from '@hacfg/syntax';

export type PortReading =
  | { readonly kind: 'port'; readonly low: number; readonly high: number; readonly range: boolean }
  | { readonly kind: 'offset' }
  | { readonly kind: 'char'; readonly char: string };

export function readPort(a: Address): PortReading {
  const port = a.port ?? '';
  if (a.portRange) return { kind: 'port', low: a.portRange.low, high: a.portRange.high, range: port.includes('-') };
  if (port.startsWith('+') || port.startsWith('-')) return { kind: 'offset' };
  return { kind: 'char', char: port[0] ?? '' };
}
