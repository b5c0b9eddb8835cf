import { effectiveServers, type EffectiveServer } from '@hacfg/model';
import type { Param, TextRange } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

/**
 * Multiplexers `proto` may name and the mode each works in (`haproxy -vv` lists them); `fcgi` only
 * talks to servers.
 */
const MUX_MODE: ReadonlyMap<string, 'http' | 'tcp'> = new Map([
  ['h1', 'http'],
  ['h2', 'http'],
  ['fcgi', 'http'],
  ['none', 'tcp'],
]);

const span = (p: Param): TextRange => ({ start: p.name.start, end: (p.value ?? p.name).end });

export default defineRule({
  id: 'proto-mode-mismatch',
  meta: {
    description: "Disallow a multiplexer ('proto') on a server or bind that the proxy's mode cannot use: h1, h2 and fcgi in a TCP proxy, none in an HTTP one, fcgi on a bind",
    severity: 'error',
    category: 'mode',
    fixable: false,
    messages: {
      mux: "'proto {{proto}}' works in mode {{needs}} only, but {{kind}} '{{proxy}}' is in mode {{mode}}: HAProxy refuses {{what}}",
      fcgiBind: "'proto fcgi' talks to FastCGI servers only: HAProxy refuses it on a bind",
    },
  },
  create: (ctx) => {
    const serverParam = (s: EffectiveServer, name: string): { range: TextRange; related?: { message: string; range: TextRange }[] } => {
      const p = s.params.get(name)!;
      return p.inherited ? { range: s.nameRange, related: [{ message: `set by '${p.statement.keyword}' here`, range: span(p.param) }] } : { range: span(p.param) };
    };
    return {
      'config:exit'() {
        for (const p of ctx.config.realProxies) {
          const mode = p.mode;
          if (mode !== 'http' && mode !== 'tcp') continue;
          const data = { kind: p.kind, proxy: p.name ?? '', mode };
          if (p.isBackend) {
            for (const s of effectiveServers(p)) {
              const proto = s.params.get('proto')?.param.value?.value;
              const needs = proto !== undefined ? MUX_MODE.get(proto) : undefined;
              if (needs !== undefined && needs !== mode) ctx.report({ messageId: 'mux', data: { ...data, proto: proto!, needs, what: `server '${s.name}'` }, ...serverParam(s, 'proto'), doc: p.doc });
            }
          }
          if (!p.isFrontend) continue;
          for (const st of p.statements) {
            if (st.type !== 'bind') continue;
            for (const param of st.params) {
              if (param.name.value !== 'proto' || !param.value) continue;
              const proto = param.value.value;
              const needs = MUX_MODE.get(proto);
              if (proto === 'fcgi') ctx.report({ messageId: 'fcgiBind', range: span(param), doc: p.doc });
              else if (needs !== undefined && needs !== mode) ctx.report({ messageId: 'mux', data: { ...data, proto, needs, what: 'this bind' }, range: span(param), doc: p.doc });
            }
          }
        }
      },
    };
  },
});
