/**
 * Addresses as `str2sa_range()` reads them: `[proto@]host[:port]`, the port after the last colon,
 * `[…]` around IPv6 hosts, port ranges `low-high`, relative ports `+N`/`-N`, and paths for sockets.
 */
import { wordRange } from '../cst/offsets.js';
import type { Word } from '../cst/types.js';
import type { Address } from './types.js';

const PATH_PREFIXES = new Set(['unix', 'abns', 'abnsz', 'uxst', 'uxdg', 'fd', 'sockpair']);

export function parseAddress(word: Word, source: string, from = 0, to = word.value.length): Address {
  const text = word.value.slice(from, to);
  const range = wordRange(word, source, from, to);
  const hasEnv = text.includes('$');
  let rest = text;
  let offset = 0;
  let prefix: string | undefined;
  const at = /^([A-Za-z0-9+]+)@/.exec(rest);
  if (at) {
    prefix = at[1]!.toLowerCase();
    offset = at[0].length;
    rest = rest.slice(offset);
  }
  const mk = (host: string, port: string | undefined, portRange: Address['portRange'], portOffset: boolean, portRangeText: Address['portRangeText']): Address => ({
    word, range, text, prefix, host, port, portRange, portOffset, portRangeText, hasEnv,
  });
  if ((prefix !== undefined && PATH_PREFIXES.has(prefix)) || rest.startsWith('/') || rest === '' || (prefix === undefined && !rest.includes(':') && /^[.~]/.test(rest))) {
    return mk(rest, undefined, undefined, false, undefined);
  }
  // The port follows the last ':' unless a ']' comes after it (`[::1]`, `host:]25`: no port at all).
  const colon = rest.lastIndexOf(':');
  const bracketed = rest.startsWith('[') && rest.indexOf(']') !== -1;
  const closeBracket = bracketed ? rest.indexOf(']') : -1;
  if (colon === -1 || rest.lastIndexOf(']') > colon) {
    return mk(bracketed ? rest.slice(1, closeBracket) : rest, undefined, undefined, false, undefined);
  }
  const hostPart = rest.slice(0, colon);
  const host = bracketed ? hostPart.slice(1, closeBracket) : hostPart;
  const port = rest.slice(colon + 1);
  const portStart = from + offset + colon + 1;
  // As str2sa_range() reads it: a leading digit starts a port or range, each end read with atoi(),
  // so what follows the digits is ignored (`8o80` is port 8, which HAProxy accepts).
  const dash = port.indexOf('-');
  const portRange = /^\d/.test(port) ? { low: leadingInt(dash >= 0 ? port.slice(0, dash) : port), high: leadingInt(dash >= 0 ? port.slice(dash + 1) : port) } : undefined;
  return mk(host, port, portRange, /^[+-]\d+$/.test(port), wordRange(word, source, portStart, from + offset + rest.length));
}

function leadingInt(s: string): number {
  const m = /^\d+/.exec(s);
  return m ? Number(m[0]) : 0;
}

/** `bind` takes comma-separated address lists in one word. */
export function parseAddressList(word: Word, source: string): Address[] {
  const v = word.value;
  const out: Address[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i <= v.length; i++) {
    const c = v[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (i === v.length || (c === ',' && depth === 0)) {
      out.push(parseAddress(word, source, start, i));
      start = i + 1;
    }
  }
  return out.length === 1 ? [out[0]!] : out.slice();
}
