import { effectiveProxy, effectiveServers, type EffectiveServer } from '@hacfg/model';
import type { TextRange } from '@hacfg/syntax';
import { PROXY_MODES } from '@hacfg/catalog';
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

export default defineRule({
  id: 'param-mode-mismatch',
  meta: {
    description: "Disallow server and bind parameters HAProxy refuses in the proxy's mode: a multiplexer ('proto') the mode cannot use (h1, h2, fcgi in TCP; none in HTTP; fcgi on a bind), 'check-proto' against the check type, 'redir' outside HTTP",
    severity: 'error',
    category: 'mode',
    fixable: false,
    messages: {
      mux: "'proto {{proto}}' works in mode {{needs}} only, but {{kind}} '{{proxy}}' is in mode {{mode}}: HAProxy refuses {{what}}",
      fcgiBind: "'proto fcgi' talks to FastCGI servers only: HAProxy refuses it on a bind",
      checkProto: "'check-proto {{proto}}' works for {{needs}} checks only, but server '{{server}}' runs {{checks}} checks: HAProxy refuses it",
      redir: "'redir' answers with HTTP redirects, but {{kind}} '{{proxy}}' is in mode {{mode}}: HAProxy refuses server '{{server}}'",
    },
  },
  create: (ctx) => {
    const serverParam = (s: EffectiveServer, name: string): { range: TextRange; related?: { message: string; range: TextRange }[] } => {
      const p = s.params.get(name)!;
      return p.inherited ? { range: s.nameRange, related: [{ message: `set by '${p.statement.keyword}' here`, range: p.param.range }] } : { range: p.param.range };
    };
    return {
      'config:exit'() {
        for (const p of ctx.config.realProxies) {
          const mode = p.mode;
          if (!PROXY_MODES.has(mode)) continue;
          // Multiplexers are checked in the two stream modes only: log and spop backends have their own.
          const muxed = mode === 'http' || mode === 'tcp';
          const data = { kind: p.kind, proxy: p.name ?? '', mode };
          if (p.isBackend) {
            for (const s of effectiveServers(p)) {
              const proto = s.params.get('proto')?.param.value?.value;
              const needs = proto !== undefined ? MUX_MODE.get(proto) : undefined;
              if (muxed && needs !== undefined && needs !== mode) ctx.report({ messageId: 'mux', data: { ...data, proto: proto!, needs, what: `server '${s.name}'` }, ...serverParam(s, 'proto'), doc: p.doc });
              if (s.params.has('redir') && mode !== 'http') ctx.report({ messageId: 'redir', data: { ...data, server: s.name }, ...serverParam(s, 'redir'), doc: p.doc });
              // The check multiplexer must match the check type: HTTP with `option httpchk`, TCP otherwise.
              const checkProto = s.check ? s.params.get('check-proto')?.param.value?.value : undefined;
              const checkNeeds = checkProto !== undefined ? MUX_MODE.get(checkProto) : undefined;
              if (checkNeeds === undefined) continue;
              const checks = effectiveProxy(p).checkOption?.statement.name?.value === 'httpchk' ? 'http' : 'tcp';
              if (checkNeeds !== checks) ctx.report({ messageId: 'checkProto', data: { proto: checkProto!, needs: checkNeeds.toUpperCase(), server: s.name, checks: checks.toUpperCase() }, ...serverParam(s, 'check-proto'), doc: p.doc });
            }
          }
          if (!p.isFrontend || !muxed) continue;
          for (const st of p.statements) {
            if (st.type !== 'bind') continue;
            for (const param of st.params) {
              if (param.name.value !== 'proto' || !param.value) continue;
              const proto = param.value.value;
              const needs = MUX_MODE.get(proto);
              if (proto === 'fcgi') ctx.report({ messageId: 'fcgiBind', range: param.range, doc: p.doc });
              else if (needs !== undefined && needs !== mode) ctx.report({ messageId: 'mux', data: { ...data, proto, needs, what: 'this bind' }, range: param.range, doc: p.doc });
            }
          }
        }
      },
    };
  },
});
