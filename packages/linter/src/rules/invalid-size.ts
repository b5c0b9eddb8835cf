import { atol, checkSize, compareVersions } from '@hacfg/catalog';
import type { Statement } from '@hacfg/syntax';
import type { RuleContext } from '../types.js';
import { argRule } from '../util/arg-rule.js';

/** A ring starts at BUFSIZE bytes (sink.c); a `size` line sets the next current size. */
const RING_START = 16384;
const sizeOf = (st: Statement): number | undefined => (st.args[0] && !st.args[0].value.includes('$') ? atol(st.args[0].value) : undefined);

/** 2.6 (its later patch releases), 2.7 and 2.8 refuse a ring size below the current one (sink.c). */
function ringShrink(ctx: RuleContext, st: Statement, statements: readonly Statement[]): void {
  if (compareVersions(ctx.version, '2.6') < 0 || compareVersions(ctx.version, '2.9') >= 0) return;
  let current = RING_START;
  for (const other of statements) {
    if (other === st) break;
    const v = other.keyword === 'size' ? sizeOf(other) : undefined;
    if (v !== undefined && v >= current) current = v;
  }
  const value = sizeOf(st);
  if (value !== undefined && value > 0 && value < current) ctx.report({ messageId: 'shrink', data: { value: st.args[0]!.value, current }, range: st.args[0]! });
}

export default argRule(
  'invalid-size',
  'size',
  {
    description: 'Disallow sizes HAProxy cannot read (digits with at most one k, m or g suffix)',
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      size: "unexpected character '{{char}}' in '{{name}}' size '{{value}}' (digits with an optional k, m or g)",
      missing: "'stick-table' needs a 'size'",
      zero: "'{{name}}' must not be 0",
      shrink: "'ring size {{value}}' is smaller than the ring's current size ({{current}} bytes): HAProxy 2.6 to 2.8 refuse to shrink a ring (2.9 ignores the line)",
    },
  },
  {
    // stick-table `size <size>` is read by its own parser, and required.
    statement: (ctx) => (st, where) => {
      if (st.keyword === 'size' && where.node?.keyword === 'ring') return ringShrink(ctx, st, where.node.statements);
      if (st.keyword !== 'stick-table' || st.modifier || st.args.length === 0) return;
      const i = st.args.findIndex((w) => w.value === 'size');
      const w = i >= 0 ? st.args[i + 1] : undefined;
      if (!w) {
        ctx.report({ messageId: 'missing', range: st.keywordWord });
        return;
      }
      if (w.value.includes('$')) return;
      const p = checkSize(w.value);
      if (p) ctx.report({ messageId: 'size', data: { name: 'stick-table size', value: w.value, char: p.kind === 'char' ? p.char : '' }, range: w });
    },
  },
);
