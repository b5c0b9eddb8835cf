import { atol, compareVersions, type HaproxyVersion } from '@hacfg/catalog';
import { parseAddress, type Address, type Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { addressAsRead, expandedValue } from '../util/env.js';
import { readPort } from '../util/port.js';
import { IP_FAMILIES, badIpv4, str2ipRefuses } from '../util/ip.js';

/** From this release a peers section's `peer` and `server` addresses need a port (server.c, PA_O_PORT_MAND). */
const PEER_PORT_MANDATORY_SINCE: HaproxyVersion = '2.9';

/** Families a log target may name besides plain addresses, with the version that added them. */
const LOG_FAMILIES: Readonly<Record<string, HaproxyVersion>> = {
  ipv4: '2.4', ipv6: '2.4', udp: '2.4', udp4: '2.4', udp6: '2.4', tcp: '2.4', tcp4: '2.4', tcp6: '2.4', unix: '2.4', abns: '2.4', fd: '2.4', ring: '2.4', uxdg: '2.4', uxst: '2.4', backend: '2.9',
};

/**
 * srv_prepare_for_resolution() (server.c): a server's host name — not an IP, a path or a SRV
 * `_record` — must split into non-empty labels (`a..b` and `.a` get no DNS resolution).
 */
function emptyLabel(a: Address): boolean {
  const h = a.host;
  if ((a.prefix !== undefined && !IP_FAMILIES.has(a.prefix)) || h.startsWith('_') || h.startsWith('/') || h.includes(':')) return false;
  return h.startsWith('.') || h.includes('..');
}

export default defineRule({
  id: 'invalid-address',
  meta: {
    description: 'Disallow server, peer, log, source and dispatch addresses with a bad or missing port, a malformed IPv4 source, a port range where one port is needed, an unknown family, nothing left after environment expansion, an unknown option on a source line, a nameserver or mailer without a port, a server host name with an empty label, an agent-addr that is no address or host name, or a bad server-template count',
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      badPort: "invalid port '{{port}}' in '{{address}}' (0 to 65535)",
      range: "a port range is not allowed in '{{address}}'",
      family: "unknown address family '{{prefix}}@' in log target '{{address}}'",
      empty: "'{{address}}' expands to an empty address (the environment variable is unset)",
      badAddress: "'source {{address}}': invalid address '{{host}}'",
      initAddr: "unknown init-addr method '{{method}}': expected libc, last, none or an IP address",
      connectPort: "'{{keyword}} connect port {{port}}': expects a TCP port from 1 to 65535 (or a sample expression)",
      sourceOption: "'source' knows only the options 'usesrc' and 'interface', not '{{word}}'",
      sourceValue: "'source … {{option}}' expects {{what}}",
      dispatchPort: "'dispatch {{address}}' needs one port from 1 to 65535",
      offset: "a relative port is not allowed in '{{keyword}} {{address}}'",
      missingPort: "'{{keyword}}' needs a port in '{{address}}'",
      hostname: "'{{host}}' is no valid host name (a dot at its start or two in a row): HAProxy cannot create its DNS resolution",
      agentAddr: "'agent-addr {{value}}': HAProxy reads an IPv4 or IPv6 address or a host name here, without a port, an address family or a mask (environment variables are expanded only inside double quotes)",
      templateRange: "'server-template' needs a number of servers (at least 1) or a range 'low-high' with 0 <= low <= high, not '{{value}}'",
    },
  },
  create(ctx) {
    const checkPort = (a: Address, allowRange: boolean): void => {
      if (a.hasEnv || a.port === undefined || a.port === '') return;
      const r = readPort(a, ctx.version);
      if (r.kind === 'offset') return;
      if (r.kind === 'char' || r.low > 65535 || r.high > 65535 || r.low < 0) ctx.report({ messageId: 'badPort', data: { port: a.port, address: a.text }, range: a.portRangeText ?? a.range });
      else if (!allowRange && r.range) ctx.report({ messageId: 'range', data: { address: a.text }, range: a.portRangeText ?? a.range });
    };
    const addressOf = (w: Word, text: string): Address => parseAddress(w, text);
    /** `source <addr>[:<port>] [usesrc <addr>|client|clientip|hdr_ip(…)] [interface <name>]` (cfgparse-listen.c, 2.4 … 3.4). */
    const checkSource = (args: readonly Word[], text: string): void => {
      const first = args[0];
      if (!first?.plain) return;
      const a = addressOf(first, text);
      // Dotted digits must be an address (a name is resolved on the machine: not judged here).
      if (badIpv4(a.host)) return ctx.report({ messageId: 'badAddress', data: { address: a.text, host: a.host }, range: first });
      checkPort(a, false);
      for (let i = 1; i < args.length; i += 2) {
        const w = args[i]!;
        if (w.value.includes('$')) return;
        if (w.value !== 'usesrc' && w.value !== 'interface') return ctx.report({ messageId: 'sourceOption', data: { word: w.value }, range: w });
        const v = args[i + 1];
        if (!v || v.value === '') return ctx.report({ messageId: 'sourceValue', data: { option: w.value, what: w.value === 'usesrc' ? "an address, 'client', 'clientip' or 'hdr_ip(<name>)'" : 'an interface name' }, range: w });
        if (w.value === 'usesrc' && v.plain && v.value !== 'client' && v.value !== 'clientip' && !v.value.startsWith('hdr_ip(')) checkPort(addressOf(v, text), false);
      }
    };
    /** `dispatch <addr>:<port>`: one port, required (a socket path needs none). */
    const checkDispatch = (w: Word, text: string): void => {
      const a = addressOf(w, text);
      if (a.hasEnv || a.host.startsWith('/') || (a.prefix !== undefined && !/^(ipv4|ipv6|tcp|tcp4|tcp6)$/.test(a.prefix))) return;
      if (a.portOffset) return ctx.report({ messageId: 'offset', data: { keyword: 'dispatch', address: a.text }, range: a.portRangeText ?? a.range });
      const r = a.port ? readPort(a, ctx.version) : undefined;
      if (a.port === undefined || a.port === '' || (r?.kind === 'port' && !r.range && r.low === 0)) return ctx.report({ messageId: 'dispatchPort', data: { address: a.text }, range: a.port ? (a.portRangeText ?? a.range) : w });
      checkPort(a, false);
    };
    /**
     * resolvers.c and mailers (cfgparse.c) read the address with a mandatory port, after expanding
     * the environment: `"${HOST}:${PORT}"` with both unset is ':', which has none.
     */
    const checkMandatoryPort = (keyword: string, w: Word, text: string): void => {
      const a = addressAsRead(addressOf(w, text), ctx.env);
      if (a.text === '') return ctx.report({ messageId: 'empty', data: { address: w.raw }, range: w });
      if ((a.prefix !== undefined && !IP_FAMILIES.has(a.prefix)) || a.host.startsWith('/')) return;
      if (a.port === undefined || a.port === '') return ctx.report({ messageId: 'missingPort', data: { keyword, address: a.text }, range: w });
      // Ranges of an expanded address index its expanded text: the port is judged in place only.
      checkPort(a, false);
    };
    /** _srv_parse_tmpl_range() (server.c): atoi() of the count, or of each end of `low-high`. */
    const checkTemplateRange = (w: Word, text: string): void => {
      const value = expandedValue(w, text, ctx.env);
      // The low end is atoi() of the whole text ('-3' is -3), the high end atoi() after the first '-'.
      const dash = value.indexOf('-');
      let low = atol(value);
      let high = dash >= 0 ? atol(value.slice(dash + 1)) : low;
      if (dash < 0) low = 1;
      if (low < 0 || high < low) ctx.report({ messageId: 'templateRange', data: { value }, range: w });
    };
    let local: string | undefined | null = null;
    const localPeer = (): string | undefined => {
      if (local === null) local = ctx.config.globalLines('localpeer').at(-1)?.statement.args[0]?.value;
      return local;
    };
    return {
      server(st, where) {
        // str2ip() reads `agent-addr` on server and default-server lines alike.
        for (const param of st.params) {
          if (param.name.value !== 'agent-addr' || !param.value) continue;
          const value = expandedValue(param.value, where.doc.text, ctx.env);
          if (value !== '' && str2ipRefuses(value)) ctx.report({ messageId: 'agentAddr', data: { value }, range: param.value });
        }
        if (st.keyword === 'default-server') return;
        if (st.keyword === 'server-template' && st.count) checkTemplateRange(st.count, where.doc.text);
        const w = st.keyword === 'server-template' ? st.words[3] : st.words[2];
        if (w && !w.plain && expandedValue(w, where.doc.text, ctx.env) === '') {
          ctx.report({ messageId: 'empty', data: { address: w.raw }, range: w });
          return;
        }
        if (st.address) {
          checkPort(st.address, false);
          // With its variables expanded as HAProxy reads it (an expanded address's ranges index its own text).
          const read = addressAsRead(st.address, ctx.env);
          if (emptyLabel(read)) ctx.report({ messageId: 'hostname', data: { host: read.host }, range: st.address.hasEnv ? st.address.word : st.address.range });
        }
        // Each `init-addr` is read in turn (a later one replaces an earlier one, but both must parse).
        for (const param of st.params) {
          const init = param.name.value === 'init-addr' ? param.value : undefined;
          if (!init?.plain) continue;
          const bad = init.value.split(',').find((m) => !(m === 'libc' || m === 'last' || m === 'none' || m.includes(':') || /^\d+(\.\d+){0,3}$/.test(m)));
          if (bad !== undefined) ctx.report({ messageId: 'initAddr', data: { method: bad }, range: init });
        }
      },
      'check-rule'(st) {
        if (st.action?.value !== 'connect') return;
        const i = st.actionArgs.findIndex((w) => w.value === 'port');
        const w = i >= 0 ? st.actionArgs[i + 1] : undefined;
        // A number must be a port; anything else is a sample expression (the sample rules judge it).
        if (w?.plain && /^\d+$/.test(w.value) && (Number(w.value) < 1 || Number(w.value) > 65535)) ctx.report({ messageId: 'connectPort', data: { keyword: st.keyword, port: w.value }, range: w });
      },
      statement(st, where) {
        const section = where.node?.keyword;
        if (section === 'peers' && (st.keyword === 'peer' || st.keyword === 'server')) {
          const w = st.args[1];
          if (!w) return;
          // From 2.9 every peer address needs a port (parse_server() in a peers section); before,
          // only the local peer's, which HAProxy listens on (named by `localpeer`, else the host name).
          if (compareVersions(ctx.version, PEER_PORT_MANDATORY_SINCE) >= 0 || (st.keyword === 'peer' && st.args[0]?.value === localPeer())) checkMandatoryPort(st.keyword, w, where.doc.text);
          else checkPort(addressOf(w, where.doc.text), false);
          return;
        }
        if ((section === 'resolvers' && st.keyword === 'nameserver') || (section === 'mailers' && st.keyword === 'mailer')) {
          const w = st.args[1];
          if (w) checkMandatoryPort(st.keyword, w, where.doc.text);
          return;
        }
        if (st.keyword === 'source' && where.proxy) return checkSource(st.args, where.doc.text);
        if (st.keyword === 'dispatch' && where.proxy && st.args[0]?.plain) return checkDispatch(st.args[0], where.doc.text);
        if (st.type !== 'log' || !st.target || st.modifier) return;
        const t = st.target;
        if (t.value === 'global' || t.value === 'stdout' || t.value === 'stderr' || t.value.startsWith('/')) return;
        if (t.value.includes('$')) {
          // HAProxy reads an empty word as the end of the line: the target is missing.
          if (!t.plain && expandedValue(t, where.doc.text, ctx.env) === '') ctx.report({ messageId: 'empty', data: { address: t.raw }, range: t });
          return;
        }
        const a = addressOf(t, where.doc.text);
        if (a.prefix !== undefined) {
          const since = LOG_FAMILIES[a.prefix];
          if (since === undefined || compareVersions(ctx.version, since) < 0) {
            ctx.report({ messageId: 'family', data: { prefix: a.prefix, address: a.text }, range: t });
            return;
          }
          if (a.prefix === 'ring' || a.prefix === 'backend' || a.prefix === 'unix' || a.prefix === 'abns' || a.prefix === 'fd') return;
        }
        checkPort(a, false);
      },
    };
  },
});
