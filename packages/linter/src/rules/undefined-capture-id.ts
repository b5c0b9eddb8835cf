import type { HaproxyVersion } from '@hacfg/catalog';
import type { Proxy } from '@hacfg/model';
import type { Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { captureForm, captureId } from '../util/captures.js';

type Side = 'request' | 'response';

/**
 * The capture slots a frontend has, per side, as HAProxy numbers them from 0: those of the defaults
 * section it inherits from come first (proxy.c copies them), then its own `declare capture`,
 * `capture request|response header` and `len` forms of the capture actions each add one.
 */
function slots(p: Proxy, version: HaproxyVersion): Record<Side, number> {
  const n = { request: 0, response: 0 };
  for (let q: Proxy | undefined = p; q; q = q.defaults) {
    for (const st of q.statements) {
      if (st.modifier !== undefined) continue;
      const a0 = st.args[0]?.value;
      if (st.keyword === 'declare' && a0 === 'capture') {
        const side = st.args[1]?.value;
        if (side === 'request' || side === 'response') n[side]++;
      } else if (st.keyword === 'capture' && (a0 === 'request' || a0 === 'response') && st.args[1]?.value === 'header') n[a0]++;
      else if (st.type === 'rule' && (st.ruleset === 'http-request' || st.ruleset === 'tcp-request content') && captureForm(st, version)?.form === 'len') n.request++;
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
  create: (ctx) => {
    // `capture … id N` rules of frontends, in line order; checked once every slot is declared.
    const uses: { proxy: Proxy; side: Side; id: number; word: Word }[] = [];
    return {
      rule(st, where) {
        const c = captureForm(st, ctx.version);
        const w = c?.form === 'id' ? c.value : undefined;
        const side: Side | undefined = st.ruleset === 'http-request' ? 'request' : st.ruleset === 'http-response' ? 'response' : undefined;
        if (!w?.plain || w.value.includes('$') || !side) return;
        // parse_http_req_capture(): strtol(…, 10) with an end check, in any proxy.
        const id = captureId(w);
        if (id === undefined) return ctx.report({ messageId: 'notNumber', data: { ruleset: st.ruleset, id: w.value }, range: w });
        // Backends fill slots of the frontends that reach them: HAProxy cannot check those. Negative ids are never out of range.
        if (where.proxy?.isFrontend && where.proxy.kind !== 'defaults') uses.push({ proxy: where.proxy, side, id, word: w });
      },
      'config:exit'() {
        const counts = new Map<Proxy, Record<Side, number>>();
        for (const { proxy: p, side, id, word } of uses) {
          let count = counts.get(p);
          if (!count) counts.set(p, (count = slots(p, ctx.version)));
          if (id >= count[side]) ctx.report({ messageId: 'noSlot', data: { proxy: p.kind, name: p.name ?? '', side, id, count: count[side] }, range: word, doc: p.doc });
        }
      },
    };
  },
});
