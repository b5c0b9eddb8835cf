import { DEFAULT_FEATURES, samplesOf } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { missingFeature } from '../util/build.js';
import { keywordWords } from '../util/vocab.js';

/** Address prefixes that only a QUIC build accepts. */
const QUIC_PREFIX = /^quic[46]?@/;

export default defineRule({
  id: 'build-feature-required',
  meta: {
    description: 'Report keywords and addresses that only exist when HAProxy is built with an optional feature (QUIC, WURFL, 51Degrees, DeviceAtlas, OpenSSL engines, …)',
    severity: 'error',
    category: 'version',
    fixable: false,
    messages: {
      keyword: "'{{name}}' is only available when HAProxy is built with {{flag}}, which common distribution builds lack",
      quic: "'{{address}}': QUIC addresses need HAProxy built with USE_QUIC, which common distribution builds lack",
    },
  },
  create: (ctx) => ({
    statement(st, where) {
      if (where.node?.keyword === 'global') {
        const name = keywordWords(st, 1)[0]!;
        const flag = missingFeature('global', name);
        if (flag) ctx.report({ messageId: 'keyword', data: { name, flag }, range: st.keywordWord });
      }
      for (const expr of samplesOf(st, where.doc.text, ctx.version)) {
        if (expr.error !== undefined) continue;
        const f = missingFeature('fetch', expr.fetch.name);
        if (f) ctx.report({ messageId: 'keyword', data: { name: expr.fetch.name, flag: f }, range: expr.fetch.nameRange });
        for (const c of expr.converters) {
          const cf = missingFeature('converter', c.name);
          if (cf) ctx.report({ messageId: 'keyword', data: { name: c.name, flag: cf }, range: c.nameRange });
        }
      }
      if (st.type === 'server' || st.type === 'bind') {
        for (const p of st.params) {
          const flag = missingFeature(st.type, p.name.value);
          if (flag) ctx.report({ messageId: 'keyword', data: { name: p.name.value, flag }, range: p.name });
        }
        const addrs = st.type === 'bind' ? st.addresses : st.address ? [st.address] : [];
        if (!DEFAULT_FEATURES.includes('QUIC')) for (const a of addrs) if (QUIC_PREFIX.test(a.text)) ctx.report({ messageId: 'quic', data: { address: a.text }, range: a.range });
      }
    },
  }),
});
