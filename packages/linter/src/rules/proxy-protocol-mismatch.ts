import { effectiveServers, type EffectiveServer, type Proxy } from '@hacfg/model';
import type { Address, BindStatement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { paramRange } from '../util/setups.js';

const ANY = new Set(['', '*', '0.0.0.0', '::', '[::]']);
const LOCAL = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Whether a server address reaches a bind address of this same HAProxy. */
function reaches(server: Address, bind: Address): boolean {
  const sockets = new Set(['unix', 'abns']);
  if (sockets.has(server.prefix ?? '') || sockets.has(bind.prefix ?? '')) return server.prefix === bind.prefix && server.host === bind.host;
  const port = server.portRange?.low;
  if (port === undefined || server.portOffset || !bind.portRange || port < bind.portRange.low || port > bind.portRange.high) return false;
  return server.host === bind.host || (ANY.has(bind.host) && LOCAL.has(server.host)) || (LOCAL.has(bind.host) && LOCAL.has(server.host));
}

export default defineRule({
  id: 'proxy-protocol-mismatch',
  meta: {
    description: "Warn about 'send-proxy' servers pointing at a bind of the same configuration without 'accept-proxy', and the reverse",
    severity: 'warning',
    category: 'mode',
    fixable: false,
    messages: {
      noAccept: "server '{{server}}' sends a PROXY protocol header to '{{address}}', but that bind of {{proxy}} '{{frontend}}' has no 'accept-proxy': the header reaches the application as garbage",
      noSend: "this bind of {{proxy}} '{{frontend}}' requires a PROXY protocol header ('accept-proxy'), but server '{{server}}' of '{{backend}}' connects to it without 'send-proxy': every connection is rejected",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      const binds: { fe: Proxy; st: BindStatement; a: Address }[] = [];
      for (const fe of ctx.config.realProxies) if (fe.isFrontend) for (const st of fe.statements) if (st.type === 'bind') for (const a of st.addresses) binds.push({ fe, st, a });
      const servers: EffectiveServer[] = ctx.config.realProxies.filter((p) => p.isBackend).flatMap((p) => effectiveServers(p));
      // Index binds by single port so large configurations stay linear; sockets and ranges are few.
      type B = (typeof binds)[number];
      const byPort = new Map<number, B[]>();
      const others: B[] = [];
      for (const b of binds) {
        const r = b.a.portRange;
        if (r && r.low === r.high && !b.a.prefix) {
          const l = byPort.get(r.low);
          if (l) l.push(b);
          else byPort.set(r.low, [b]);
        } else others.push(b);
      }
      for (const s of servers) {
        const addr = s.statement.address;
        if (!addr) continue;
        const port = addr.portRange?.low;
        const candidates = port !== undefined ? [...(byPort.get(port) ?? []), ...others] : others;
        for (const b of candidates) {
          if (b.fe === s.proxy || !reaches(addr, b.a)) continue;
          const accept = b.st.params.find((p) => p.name.value === 'accept-proxy');
          if (s.sendProxy && !accept) ctx.report({ messageId: 'noAccept', data: { server: s.name, address: addr.text, proxy: b.fe.kind, frontend: b.fe.name ?? '' }, ...paramRange(s, s.params.has('send-proxy') ? 'send-proxy' : [...s.params.keys()].find((k) => k.startsWith('send-proxy-v2'))!) });
          else if (!s.sendProxy && accept) ctx.report({ messageId: 'noSend', data: { proxy: b.fe.kind, frontend: b.fe.name ?? '', server: s.name, backend: s.proxy.name ?? '' }, range: accept.name, doc: b.fe.doc, related: [{ message: 'server connecting here', range: s.nameRange, doc: s.proxy.doc }] });
        }
      }
    },
  }),
});
