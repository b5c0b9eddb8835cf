/**
 * Reads the port of an address as HAProxy's str2sa_range() does: a leading digit starts a port
 * or `low-high` range read with atoi() (trailing garbage ignored), `+N`/`-N` are offsets, and
 * anything else is an invalid character.
 */
export type PortReading =
  | { readonly kind: 'port'; readonly low: number; readonly high: number; readonly range: boolean }
  | { readonly kind: 'offset' }
  | { readonly kind: 'char'; readonly char: string };

const atoi = (s: string): number => {
  const m = /^\s*([-+]?\d+)/.exec(s);
  return m ? Number(m[1]) : 0;
};

export function readPort(port: string): PortReading {
  if (/^\d/.test(port)) {
    const dash = port.indexOf('-');
    const low = atoi(dash >= 0 ? port.slice(0, dash) : port);
    return { kind: 'port', low, high: dash >= 0 ? atoi(port.slice(dash + 1)) : low, range: dash >= 0 };
  }
  if (port.startsWith('+') || port.startsWith('-')) return { kind: 'offset' };
  return { kind: 'char', char: port[0] ?? '' };
}
