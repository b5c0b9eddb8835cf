import { compareVersions, type HaproxyVersion } from '@hacfg/catalog';
import type { Address } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

/** Address families that carry no port, with the version that added them. */
const PORTLESS: Readonly<Record<string, HaproxyVersion>> = { unix: '2.4', abns: '2.4', fd: '2.4', sockpair: '2.4', rhttp: '2.9', abnsz: '3.1' };
const FAMILIES = new Set(['ipv4', 'ipv6', 'udp', 'udp4', 'udp6', 'tcp', 'tcp4', 'tcp6', 'quic4', 'quic6', 'quic+fd', 'quic+ipv4', 'quic+ipv6', 'mptcp', 'mptcp4', 'mptcp6']);

export default defineRule({
  id: 'invalid-bind-address',
  meta: {
    description: 'Disallow bind addresses without a port or with a port out of range',
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: {
      missingPort: "'bind': missing port specification in '{{address}}'",
      badPort: "'bind': invalid port '{{port}}' in '{{address}}' (1 to 65535)",
      unknownFamily: "'bind': unknown address family '{{prefix}}@' in '{{address}}'",
    },
  },
  create: (ctx) => ({
    bind(st) {
      for (const a of st.addresses) check(a, ctx.version, (messageId, data) => ctx.report({ messageId, data, range: a.range }));
    },
  }),
});

function check(a: Address, version: HaproxyVersion, report: (id: string, data: Record<string, string>) => void): void {
  if (a.text === '') return;
  const prefix = a.prefix?.toLowerCase();
  const since = prefix !== undefined ? PORTLESS[prefix] : undefined;
  // A family the target does not know is read as a host name, which then lacks a port.
  if (since !== undefined && compareVersions(version, since) >= 0) return;
  if (a.hasEnv && (since !== undefined || prefix === undefined || FAMILIES.has(prefix))) return;
  if (prefix === undefined && (a.text.startsWith('/') || a.text.startsWith('.'))) return;
  if (prefix !== undefined && since === undefined && !FAMILIES.has(prefix)) {
    report('unknownFamily', { prefix, address: a.text });
    return;
  }
  if (a.port === undefined || a.port === '') {
    report('missingPort', { address: a.text });
    return;
  }
  const r = a.portRange;
  if (!r || r.low < 1 || r.high > 65535 || r.low > r.high) report('badPort', { port: a.port, address: a.text });
}
