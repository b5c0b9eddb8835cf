/**
 * IP addresses and masks as HAProxy reads them: inet_aton() for ACL patterns and bind addresses
 * (badIpv4), inet_pton() for typed sample arguments, str2mask()/str2mask6() for masks.
 */
import { isIPv4, isIPv6 } from 'node:net';

/**
 * IPv4 text as inet_aton() reads it, which is how HAProxy reads ACL patterns and bind addresses:
 * one to four dotted parts (a leading 0 makes a part octal), the last one filling the remaining bytes (`10`, `10.1`,
 * `10.0.0.1`), with an optional `/bits` or dotted mask. Only text made of digits, dots and a slash
 * is judged: anything else may be a host name or an IPv6 address.
 */
export function badIpv4(p: string): boolean {
  if (!/^[\d.]+(\/[\d.]+)?$/.test(p)) return false;
  const [addr, mask] = p.split('/') as [string, string | undefined];
  const parts = addr.split('.');
  // inet_aton() reads a part with a leading 0 in octal: `09` is no number, `010` is 8.
  if (parts.length > 4 || parts.some((x) => x === '' || /^0\d*[89]/.test(x))) return true;
  const num = (x: string): number => (x.length > 1 && x.startsWith('0') ? parseInt(x, 8) : Number(x));
  const last = num(parts[parts.length - 1]!);
  if (parts.slice(0, -1).some((x) => num(x) > 255) || last >= 256 ** (5 - parts.length)) return true;
  if (mask === undefined) return false;
  if (/^\d+$/.test(mask)) return Number(mask) > 32;
  return badIpv4(mask);
}

/** inet_pton(AF_INET6): Node also takes a zone (`%eth0`), which HAProxy's parser does not. */
export const isIPv6Address = (text: string): boolean => isIPv6(text) && !text.includes('%');

/** A prefix length as strtol()/strtoul() read it (an optional sign), from 0 to `max`. */
export const isPrefixLength = (text: string, max: number): boolean => /^[-+]?\d+$/.test(text) && Number(text) >= 0 && Number(text) <= max;

/** str2mask(): a dotted IPv4 mask or a prefix length up to 32. */
export const isMask4 = (text: string): boolean => (text.includes('.') ? isIPv4(text) : isPrefixLength(text, 32));

/** str2mask6(): an IPv6 mask or a prefix length up to 128. */
export const isMask6 = (text: string): boolean => (text.includes(':') ? isIPv6Address(text) : isPrefixLength(text, 128));

/**
 * Text the system resolver would get: not a wildcard, an IPv6 literal, a path or what
 * inet_aton()/getaddrinfo() read as a number (`127.1`, `0x7f000001`).
 */
export function isHostName(host: string): boolean {
  if (host === '' || host === '*' || host.includes(':') || host.startsWith('/') || host.includes('$')) return false;
  return !/^(0x[0-9a-f]+|\d+)(\.(0x[0-9a-f]+|\d+)){0,3}$/i.test(host);
}

/**
 * Address families str2sa_range() reads a host (and a port) in; the others (unix@, abns@, fd@,
 * sockpair@, ring@, backend@, rhttp@ …) carry a path or a name of another kind.
 */
export const IP_FAMILIES: ReadonlySet<string> = new Set(['ip', 'ipv4', 'ipv6', 'udp', 'udp4', 'udp6', 'tcp', 'tcp4', 'tcp6', 'quic4', 'quic6', 'quic+ipv4', 'quic+ipv6', 'mptcp', 'mptcp4', 'mptcp6']);

/**
 * Text str2ip() (tools.c, with name resolution) refuses whatever the resolver says: a bracketed
 * IPv6 literal that is not one, digits and dots inet_aton() rejects, or characters that
 * resolv_hostname_validation() does not allow in a name (only letters, digits, '-', '_', '.', labels of
 * at most 63 and names of at most 255 characters). Empty text and `*` are the any address.
 */
export function str2ipRefuses(text: string): boolean {
  let t = text;
  if (t.startsWith('[')) {
    if (t.length < 4 || t.length >= 48 || !t.endsWith(']')) return true;
    t = t.slice(1, -1);
  }
  if (t === '' || t === '*' || isIPv6Address(t) || isIPv4(t)) return false;
  if (t.length > 255 || !/^[-_A-Za-z0-9.]*$/.test(t) || t.split('.').some((label) => label.length > 63)) return true;
  return badIpv4(t);
}
