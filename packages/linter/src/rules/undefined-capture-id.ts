import type { Proxy } from '@hacfg/model';
import { defineRule } from '../define-rule.js';

type Side = 'request' | 'response';

/**
 * The capture slots a frontend has, per side, as HAProxy numbers them from 0: those of the defaults
 * section it inherits from come first (proxy.c copies them), then its own `declare capture`,
 * `capture request|response header` and `len` forms of the capture actions each add one.
 */
function slots(p: Proxy): Record<Side, number> {
  const n = { request: 0, response: 0 };
  for (let q: Proxy | undefined = p; q; q = q.defaults) {
    for (const st of q.statements) {
      if (st.modifier !== undefined) continue;
      const a0 = st.args[0]?.value;
      if (st.keyword === 'declare' && a0 === 'capture') {
        const side = st.args[1]?.value;
        if (side === 'request' || side === 'response') n[side]++;
      } else if (st.keyword === 'capture' && (a0 === 'request' || a0 === 'response') && st.args[1]?.value === 'header') n[a0]++;
      else if (st.type === 'rule' && st.action?.value === 'capture' && st.actionArgs[1]?.value === 'len' && (st.ruleset === 'http-request' || st.ruleset === 'tcp-request content')) n.request++;
    }
  }
  return n;
}

export default defineRule({
  id: 'undefined-capture-id',
  meta: {
    description: "Disallow 'http-request capture … id N' and 'http-response capture … id N' with an id that is no number, or in a frontend that declares no capture slot N",
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: {
      notNumber: "'{{ruleset}} capture … id {{id}}': the id must be a decimal number",
      noSlot: "{{proxy}} '{{name}}' has no {{side}} capture slot {{id}} (it declares {{count}}, numbered from 0): add 'declare capture {{side}} len <size>'",
    },
  },
  create: (ctx) => ({
    // parse_http_req_capture(): strtol(…, 10) with an end check, in any proxy.
    rule(st) {
      if (st.action?.value !== 'capture' || st.actionArgs[1]?.value !== 'id' || (st.ruleset !== 'http-request' && st.ruleset !== 'http-response')) return;
      const w = st.actionArgs[2];
      if (w?.plain && !w.value.includes('$') && !/^\s*[-+]?\d+$/.test(w.value)) ctx.report({ messageId: 'notNumber', data: { ruleset: st.ruleset, id: w.value }, range: w });
    },
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        // Backends fill slots of the frontends that reach them: HAProxy cannot check those.
        if (!p.isFrontend) continue;
        let count: Record<Side, number> | undefined;
        for (const st of p.statements) {
          if (st.type !== 'rule' || st.modifier !== undefined || st.action?.value !== 'capture' || st.actionArgs[1]?.value !== 'id') continue;
          const side: Side | undefined = st.ruleset === 'http-request' ? 'request' : st.ruleset === 'http-response' ? 'response' : undefined;
          const w = st.actionArgs[2];
          // strtol(…, 10) with an end check; other words are refused while parsing (or are negative: never out of range).
          if (!side || !w?.plain || !/^\+?\d+$/.test(w.value)) continue;
          count ??= slots(p);
          const id = Number(w.value);
          if (id >= count[side]) ctx.report({ messageId: 'noSlot', data: { proxy: p.kind, name: p.name ?? '', side, id, count: count[side] }, range: w, doc: p.doc });
        }
      }
    },
  }),
});
