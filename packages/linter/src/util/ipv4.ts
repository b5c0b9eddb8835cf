/**
 * IPv4 text as inet_aton() reads it, which is how HAProxy reads ACL patterns and bind addresses:
 * one to four dotted decimal parts, the last one filling the remaining bytes (`10`, `10.1`,
 * `10.0.0.1`), with an optional `/bits` or dotted mask. Only text made of digits, dots and a slash
 * is judged: anything else may be a host name or an IPv6 address.
 */
export function badIpv4(p: string): boolean {
  if (!/^[\d.]+(\/[\d.]+)?$/.test(p)) return false;
  const [addr, mask] = p.split('/') as [string, string | undefined];
  const parts = addr.split('.');
  if (parts.length > 4 || parts.some((x) => x === '')) return true;
  const last = Number(parts[parts.length - 1]);
  if (parts.slice(0, -1).some((x) => Number(x) > 255) || last >= 256 ** (5 - parts.length)) return true;
  if (mask === undefined) return false;
  if (/^\d+$/.test(mask)) return Number(mask) > 32;
  return badIpv4(mask);
}
