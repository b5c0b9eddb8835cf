import { checkTime } from '@hacfg/catalog';
import type { CookieStatement, Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import type { RuleContext } from '../types.js';

/** Options of the proxy `cookie` keyword (cfgparse-listen.c, the same from 2.4 to 3.4); values: the ones reading a word. */
const FLAGS = new Set(['rewrite', 'indirect', 'insert', 'nocache', 'postonly', 'preserve', 'prefix', 'httponly', 'secure', 'dynamic']);
const VALUED: Readonly<Record<string, string>> = { domain: '<domain>', maxidle: '<idletime> in seconds', maxlife: '<lifetime> in seconds', attr: '<value>' };

export default defineRule({
  id: 'invalid-cookie',
  meta: {
    description: "Disallow 'cookie' lines HAProxy refuses: unknown options, missing or malformed values, incompatible modes",
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      unknown: "'cookie' does not know the option '{{value}}' (rewrite, insert, prefix, indirect, nocache, postonly, preserve, httponly, secure, domain, maxidle, maxlife, dynamic, attr)",
      missingValue: "cookie option '{{option}}' expects {{what}}",
      domainChar: "character '{{char}}' is not allowed in cookie domain '{{value}}' (letters, digits, '.', '-' and '_')",
      attrChar: "cookie 'attr' value cannot contain ';' or control characters",
      timeChar: "unexpected character '{{char}}' in cookie '{{option}}' value '{{value}}' (units: us, ms, s, m, h, d; seconds by default)",
      timeOverflow: "cookie '{{option}}' value '{{value}}' overflows: the maximum is 2147483647 s",
      rewriteIndirect: "cookie modes 'rewrite' and 'indirect' cannot be combined",
      modes: "cookie modes 'rewrite', 'insert' and 'prefix' exclude each other: keep one",
      preserve: "cookie 'preserve' needs 'insert' or 'indirect' as well",
    },
  },
  create: (ctx) => ({
    cookie(st) {
      if (st.modifier === undefined && !st.words.some((w) => w.value.includes('$'))) check(ctx, st);
    },
  }),
});

function check(ctx: RuleContext, st: CookieStatement): void {
  const args = st.cookieArgs;
  const seen = new Map<string, Word>();
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    const option = w.value;
    if (FLAGS.has(option)) {
      if (!seen.has(option)) seen.set(option, w);
      continue;
    }
    const what = VALUED[option];
    if (what === undefined) return ctx.report({ messageId: 'unknown', data: { value: option }, range: w });
    const v = args[i + 1];
    if (!v || v.value === '') return ctx.report({ messageId: 'missingValue', data: { option, what }, range: w });
    i++;
    if (option === 'domain') {
      const bad = /[^A-Za-z0-9._-]/.exec(v.value);
      if (bad) return ctx.report({ messageId: 'domainChar', data: { char: bad[0], value: v.value }, range: v });
    } else if (option === 'attr') {
      // eslint-disable-next-line no-control-regex
      if (/[\x00-\x1f\x7f;]/.test(v.value)) return ctx.report({ messageId: 'attrChar', range: v });
    } else {
      // Read in seconds; characters after the unit only make HAProxy warn.
      const p = checkTime(v.value, { type: 'time', unit: 's' });
      if (p?.kind === 'char') return ctx.report({ messageId: 'timeChar', data: { char: p.char, option, value: v.value }, range: v });
      if (p?.kind === 'overflow') return ctx.report({ messageId: 'timeOverflow', data: { option, value: v.value }, range: v });
    }
  }
  const rewrite = seen.get('rewrite');
  if (rewrite && seen.has('indirect')) ctx.report({ messageId: 'rewriteIndirect', range: seen.get('indirect')! });
  // The second mode as written is the one to drop or change.
  const modes = ['rewrite', 'insert', 'prefix'].flatMap((m) => seen.get(m) ?? []).sort((a, b) => a.start - b.start);
  if (modes.length > 1) ctx.report({ messageId: 'modes', range: modes[1]! });
  if (seen.has('preserve') && !seen.has('insert') && !seen.has('indirect')) ctx.report({ messageId: 'preserve', range: seen.get('preserve')! });
}
