import type { SectionNode } from '@hacfg/model';
import type { Statement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

const STRTOUL_MAX = (1n << 64n) - 1n;

/** A whole-word decimal as cache.c reads it (strtoul() into an unsigned long); undefined when it is not one (invalid-integer's). */
function strtoul(text: string): bigint | undefined {
  const m = /^\s*([-+]?)(\d+)$/.exec(text);
  if (!m) return undefined;
  const v = BigInt(m[2]!);
  const clamped = v > STRTOUL_MAX ? STRTOUL_MAX : v;
  return m[1] === '-' ? (-clamped) & STRTOUL_MAX : clamped;
}

/** The last line of `keyword` with its value: each line replaces the one before. */
function lastValue(node: SectionNode, keyword: string): { statement: Statement; value: bigint } | undefined {
  const st = node.statements.findLast((s) => s.keyword === keyword && s.args.length === 1);
  const value = st && strtoul(st.args[0]!.value);
  return st && value !== undefined ? { statement: st, value } : undefined;
}

export default defineRule({
  id: 'invalid-cache-size',
  meta: {
    description: "Disallow cache sections HAProxy refuses for their sizes: a 'total-max-size' of 0, a 'max-object-size' above half the total",
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: {
      zero: "cache '{{name}}' has a 'total-max-size' of 0: HAProxy refuses a cache without memory",
      object: "'max-object-size' {{value}} is more than half of cache '{{name}}' ({{limit}} bytes of its {{total}} MB): HAProxy refuses it",
    },
  },
  create: (ctx) => ({
    section(node: SectionNode) {
      if (node.keyword !== 'cache' || node.name === undefined) return;
      const total = lastValue(node, 'total-max-size');
      // No line at all is incomplete-section's; a value over 4095 is invalid-integer's.
      if (!total || total.value > 4095n) return;
      if (total.value === 0n) {
        ctx.report({ messageId: 'zero', data: { name: node.name }, range: total.statement.args[0]! });
        return;
      }
      // cfg_post_parse_section_cache(): the size is an unsigned int; 0 keeps the default (1/256 of the total).
      const object = lastValue(node, 'max-object-size');
      const limit = total.value * 1024n * 1024n / 2n;
      const size = object ? object.value & 0xffffffffn : 0n;
      if (!object || size === 0n || size <= limit) return;
      ctx.report({ messageId: 'object', data: { name: node.name, value: object.statement.args[0]!.value, limit: String(limit), total: String(total.value) }, range: object.statement.args[0]!, related: [{ message: 'total size set here', range: total.statement.args[0]! }] });
    },
  }),
});
