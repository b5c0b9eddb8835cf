import type { Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

const WEAK = new Set(['SSLv3', 'TLSv1.0', 'TLSv1.1']);
const FORCE_WEAK = new Set(['force-sslv3', 'force-tlsv10', 'force-tlsv11']);
/** The parameters this rule reads: most server lines have none, and are passed over without allocating. */
const RELEVANT = new Set(['ssl-min-ver', 'ssl-max-ver', 'no-tlsv12', ...FORCE_WEAK]);

/** Checks `name value` pairs from bind/server params or ssl-default-*-options words. */
function weak(name: string, value: string | undefined): string | undefined {
  if (name === 'ssl-min-ver' && value !== undefined && WEAK.has(value)) return `ssl-min-ver ${value}`;
  if (name === 'ssl-max-ver' && value !== undefined && WEAK.has(value)) return `ssl-max-ver ${value}`;
  if (FORCE_WEAK.has(name)) return name;
  if (name === 'no-tlsv12' || name === 'no-tlsv13') return undefined;
  return undefined;
}

export default defineRule({
  id: 'weak-tls-version',
  meta: {
    description: 'Warn about TLS settings that allow or force SSLv3, TLS 1.0 or TLS 1.1',
    severity: 'warning',
    category: 'security',
    fixable: false,
    messages: {
      weak: "'{{setting}}' allows a protocol version with known weaknesses (SSLv3, TLS 1.0, TLS 1.1): use 'ssl-min-ver TLSv1.2'",
      noTls12: "'no-tlsv12' without 'ssl-min-ver TLSv1.3' leaves only older protocol versions enabled",
    },
  },
  create(ctx) {
    const check = (pairs: { name: Word; value: Word | undefined }[]): void => {
      const names = new Set(pairs.map((p) => p.name.value));
      for (const p of pairs) {
        const s = weak(p.name.value, p.value?.value);
        if (s) ctx.report({ messageId: 'weak', data: { setting: s }, range: p.value ? { start: p.name.start, end: p.value.end } : p.name });
        else if (p.name.value === 'no-tlsv12' && !names.has('no-tlsv10') && !pairs.some((q) => q.name.value === 'ssl-min-ver' && q.value?.value === 'TLSv1.3')) ctx.report({ messageId: 'noTls12', range: p.name });
      }
    };
    return {
      statement(st) {
        if (st.type === 'server' || st.type === 'bind') {
          if (st.params.some((p) => RELEVANT.has(p.name.value))) check(st.params.map((p) => ({ name: p.name, value: p.value })));
        }
        else if (st.keyword === 'ssl-default-bind-options' || st.keyword === 'ssl-default-server-options') {
          const pairs: { name: Word; value: Word | undefined }[] = [];
          for (let i = 0; i < st.args.length; i++) {
            const w = st.args[i]!;
            const takes = w.value === 'ssl-min-ver' || w.value === 'ssl-max-ver';
            pairs.push({ name: w, value: takes ? st.args[++i] : undefined });
          }
          check(pairs);
        }
      },
    };
  },
});
