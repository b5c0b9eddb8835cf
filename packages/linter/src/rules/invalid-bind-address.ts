import { compareVersions, type HaproxyVersion } from '@hacfg/catalog';
import { parseAddressList, type Address } from '@hacfg/syntax';
import type { RuleContext } from '../types.js';
import { statsSocketParams } from '../util/stats-socket.js';
import { defineRule } from '../define-rule.js';
import { addressAsRead } from '../util/env.js';
import { readPort } from '../util/port.js';
import { badIpv4, isIPv6Address } from '../util/ip.js';

/** Address families that carry no port, with the version that added them. */
const PORTLESS: Readonly<Record<string, HaproxyVersion>> = { unix: '2.4', abns: '2.4', fd: '2.4', sockpair: '2.4', rhttp: '2.9', abnsz: '3.1' };
/** Families with a port, with the version whose str2sa_range() learnt them (HAProxy source at release tags). */
const FAMILIES: Readonly<Record<string, HaproxyVersion>> = {
  ip: '2.4', ipv4: '2.4', ipv6: '2.4', udp: '2.4', udp4: '2.4', udp6: '2.4', tcp: '2.4', tcp4: '2.4', tcp6: '2.4', quic4: '2.4', quic6: '2.4',
  'quic+fd': '2.8', 'quic+ipv4': '2.8', 'quic+ipv6': '2.8', mptcp: '3.1', mptcp4: '3.1', mptcp6: '3.1',
};

export default defineRule({
  id: 'invalid-bind-address',
  meta: {
    description: 'Disallow bind addresses (and stats socket and dgram-bind ones) without a port, with a port out of range, or with a malformed IPv4 address',
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: {
      missingPort: "'{{keyword}}': missing port specification in '{{address}}'",
      badPort: "'{{keyword}}': invalid port '{{port}}' in '{{address}}' (1 to 65535)",
      unknownFamily: "'{{keyword}}': unknown address family '{{prefix}}@' in '{{address}}'",
      badAddress: "'{{keyword}}': invalid address '{{host}}' in '{{address}}'",
      emptyAddress: "'{{keyword}}': an empty address in the list '{{list}}' (two commas in a row, or a leading one)",
    },
  },
  create: (ctx) => ({
    bind(st, where) {
      // Up to 2.8 a log-forward's bad bind address only prints an alert: the file stays valid (log.c, fixed in 2.9).
      if (where.node?.keyword === 'log-forward' && compareVersions(ctx.version, '2.9') < 0) return;
      checkList(ctx, st.addresses, 'bind');
    },
    // The global `stats socket` and a log-forward's `dgram-bind` read their addresses as `bind` does (str2listener()/str2receiver()).
    'keyword:stats'(st, where) {
      const w = st.args[1];
      if (w && statsSocketParams(st, where)) checkList(ctx, parseAddressList(w, where.doc.text), 'stats socket');
    },
    'keyword:dgram-bind'(st, where) {
      const w = st.args[0];
      if (w && where.node?.keyword === 'log-forward') checkList(ctx, parseAddressList(w, where.doc.text), 'dgram-bind');
    },
  }),
});

function checkList(ctx: RuleContext, list: readonly Address[], keyword: string): void {
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    // str2listener() reads up to each comma: an empty part is an empty address, except after a trailing comma.
    if (list.length > 1 && a.text === '' && i < list.length - 1) {
      ctx.report({ messageId: 'emptyAddress', data: { keyword, list: a.word.value }, range: a.range.start === a.range.end ? a.word : a.range });
      continue;
    }
    // HAProxy expands `$VAR` in addresses (ctx.env; empty by default, like a clean `haproxy -c`).
    const seen = addressAsRead(a, ctx.env);
    check(seen, ctx.version, (messageId, data) => ctx.report({ messageId, data: { ...data, keyword, address: a.text }, range: a.range }));
  }
}

function check(a: Address, version: HaproxyVersion, report: (id: string, data: Record<string, string>) => void): void {
  const prefix = a.prefix?.toLowerCase();
  const since = prefix !== undefined ? PORTLESS[prefix] : undefined;
  // A family the target does not know is read as a host name, which then lacks a port.
  if (since !== undefined && compareVersions(version, since) >= 0) return;
  if (a.text === '' && !a.hasEnv) return;
  if (prefix === undefined && (a.text.startsWith('/') || a.text.startsWith('.'))) return;
  const family = prefix !== undefined ? FAMILIES[prefix] : undefined;
  if (prefix !== undefined && since === undefined && (family === undefined || compareVersions(version, family) < 0)) {
    report('unknownFamily', { prefix, address: a.text });
    return;
  }
  if (a.port === undefined || a.port === '') {
    report('missingPort', { address: a.text });
    return;
  }
  const r = readPort(a, version);
  if (r.kind !== 'port' || r.low < 1 || r.low > 65535 || r.high < 1 || r.high > 65535 || r.low > r.high) {
    report('badPort', { port: a.port, address: a.text });
    return;
  }
  // Then the host, as str2ip2() reads it: dotted digits inet_aton() cannot read (a name would be
  // resolved, and may fail elsewhere); a host with a colon can only be an IPv6 literal (`1:2:3`,
  // `:*`, and zones like `fe80::1%lo` are refused).
  if (badIpv4(a.host) || (a.host.includes(':') && !a.hasEnv && !isIPv6Address(a.host))) report('badAddress', { host: a.host, address: a.text });
}
