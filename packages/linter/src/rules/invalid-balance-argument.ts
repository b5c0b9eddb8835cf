import { atol } from '@hacfg/catalog';
import type { BalanceStatement, TextRange, Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import type { RuleContext } from '../types.js';

// What backend_parse_balance() (backend.c, 2.4 … 3.4) refuses after a known algorithm name.
const URI_FLAGS = new Set(['whole', 'path-only']);
const URI_VALUED = new Set(['len', 'depth']);

export default defineRule({
  id: 'invalid-balance-argument',
  meta: {
    description: "Disallow 'balance' arguments HAProxy refuses: random draws below 1, bad uri/url_param/hdr modifiers, hash without one expression, empty header or cookie names",
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      draws: "'balance random' needs at least 1 draw, not {{value}}",
      drawsChar: "unexpected character '{{char}}' in the number of draws of 'balance random'",
      drawsParen: "'balance random(' has no closing parenthesis",
      uriOption: "'balance uri' takes len, depth, whole and path-only, not '{{value}}'",
      positive: "'balance uri {{option}}' needs a positive integer{{got}}",
      modifier: "'balance {{name}}' only takes the modifier '{{allowed}}', not '{{value}}'",
      hashExpr: "'balance hash' needs a sample expression",
      hashExtra: "'balance hash' takes one sample expression: '{{value}}' is one word too many (write the expression without spaces)",
      emptyName: "'balance {{name}}' needs a {{what}} between the parentheses",
      logHash: "'balance log-hash' needs a list of converters",
    },
  },
  create: (ctx) => ({
    balance(st) {
      const w = st.algorithm;
      if (!w || st.modifier !== undefined || st.words.some((x) => x.value.includes('$'))) return;
      check(ctx, st, w);
    },
  }),
});

function check(ctx: RuleContext, st: BalanceStatement, w: Word): void {
  const algo = w.value;
  const args = st.algorithmArgs;
  const first = args[0];
  if (algo.startsWith('random(') && algo[7] !== ')') return draws(ctx, w);
  if (algo === 'uri') {
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (URI_FLAGS.has(a.value)) continue;
      if (!URI_VALUED.has(a.value)) return ctx.report({ messageId: 'uriOption', data: { value: a.value }, range: a });
      const v = args[++i];
      if (!v || atol(v.value) <= 0) return ctx.report({ messageId: 'positive', data: { option: a.value, got: v ? ` (got '${v.value}')` : '' }, range: v ?? a });
    }
    return;
  }
  if (algo === 'url_param') {
    const mod = args[1];
    if (mod && mod.value !== 'check_post') ctx.report({ messageId: 'modifier', data: { name: algo, allowed: 'check_post', value: mod.value }, range: mod });
    return;
  }
  if (algo === 'hash') {
    if (!first || first.value === '') ctx.report({ messageId: 'hashExpr', range: w });
    else if (args[1]) ctx.report({ messageId: 'hashExtra', data: { value: args[1].value }, range: args[1] });
    return;
  }
  if (algo === 'log-hash') {
    if (!first || first.value === '') ctx.report({ messageId: 'logHash', range: w });
    return;
  }
  if (algo.startsWith('hdr(')) {
    const close = algo.indexOf(')', 4);
    if (close <= 4) return ctx.report({ messageId: 'emptyName', data: { name: 'hdr', what: 'header name' }, range: w });
    if (first && first.value !== 'use_domain_only') ctx.report({ messageId: 'modifier', data: { name: algo, allowed: 'use_domain_only', value: first.value }, range: first });
    return;
  }
  if (algo.startsWith('rdp-cookie(') && algo.indexOf(')', 11) <= 11) ctx.report({ messageId: 'emptyName', data: { name: 'rdp-cookie', what: 'cookie name' }, range: w });
}

/** `random(<draws>)` read with strtol(…, 0): decimal, 0x hex or 0 octal, then `)`. */
function draws(ctx: RuleContext, w: Word): void {
  const inner = w.value.slice(7);
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(inner);
  const endAt = m ? m[0].length : 0;
  const range: TextRange = w;
  if (inner[endAt] !== ')') {
    if (endAt >= inner.length) return ctx.report({ messageId: 'drawsParen', range });
    return ctx.report({ messageId: 'drawsChar', data: { char: inner[endAt]! }, range });
  }
  const digits = m?.[2] ?? '0';
  const magnitude = /^0[xX]/.test(digits) ? Number.parseInt(digits.slice(2), 16) : digits.startsWith('0') ? Number.parseInt(digits, 8) : Number(digits);
  const value = m?.[1] === '-' ? -magnitude : magnitude;
  if (value < 1) ctx.report({ messageId: 'draws', data: { value: String(value) }, range });
}
