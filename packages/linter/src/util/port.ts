/**
 * Reads the port of an address as HAProxy's str2sa_range() does: a leading digit starts a port
 * or `low-high` range, `+N`/`-N` are offsets, and anything else is an invalid character. Up to 2.8
 * each number is read with atoi() (the syntax's `portRange`: `8o80` is port 8); from 2.9 with
 * strtol() and nothing may follow it (`8o80` is refused at the `o`).
 */
import { compareVersions, type HaproxyVersion } from '@hacfg/catalog';
import type { Address } from '@hacfg/syntax';

export type PortReading =
  | { readonly kind: 'port'; readonly low: number; readonly high: number; readonly range: boolean }
  | { readonly kind: 'offset' }
  | { readonly kind: 'char'; readonly char: string };

export function readPort(a: Address, version: HaproxyVersion): PortReading {
  const port = a.port ?? '';
  const strict = compareVersions(version, '2.9') >= 0;
  if (a.portRange) {
    if (strict) {
      const dash = port.indexOf('-');
      // strtol() of the low end stops at the dash (cut before it is read); the high end may carry a sign.
      const bad = dash < 0 ? /^\d+(\D)/.exec(port) : (/^\d+(\D)/.exec(port.slice(0, dash)) ?? /^[+-]?\d*(\D)/.exec(port.slice(dash + 1)));
      if (bad) return { kind: 'char', char: bad[1]! };
    }
    return { kind: 'port', low: a.portRange.low, high: a.portRange.high, range: port.includes('-') };
  }
  if (port.startsWith('+') || port.startsWith('-')) {
    const bad = strict ? /^[+-]\d*(\D)/.exec(port) : null;
    return bad ? { kind: 'char', char: bad[1]! } : { kind: 'offset' };
  }
  return { kind: 'char', char: port[0] ?? '' };
}
