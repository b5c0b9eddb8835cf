import { isIPv6 } from 'node:net';
import type { OptionStatement, Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import type { RuleContext } from '../types.js';
import { badIpv4 } from '../util/ip.js';

/**
 * Sub-option grammars the catalog's word counts cannot say (http_ext.c / cfgparse-listen.c and
 * tcpcheck.c, unchanged from 2.4 to 3.4): `forwardfor` and `originalto` read a loop of
 * `except <net>`, `header <name>` (and `if-none` for forwardfor); `mysql-check user` needs a name.
 */
const SUBOPTIONS: Readonly<Record<string, readonly string[]>> = {
  forwardfor: ['except', 'header', 'if-none'],
  originalto: ['except', 'header'],
};

export default defineRule({
  id: 'invalid-option-argument',
  meta: {
    description: "Disallow 'option forwardfor' / 'option originalto' sub-options HAProxy refuses, and 'option mysql-check user' without a name",
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      unknown: "'option {{option}}' does not know '{{value}}' (it takes {{allowed}})",
      noNetwork: "'option {{option}} except' needs an address with an optional mask, such as 10.0.0.0/8",
      badNetwork: "'{{value}}' is not an IPv4 or IPv6 address with an optional mask",
      noHeader: "'option {{option}} header' needs a header name",
      noUser: "'option mysql-check user' needs a user name",
    },
  },
  create: (ctx) => ({
    option(st) {
      const name = st.name?.value;
      if (st.modifier !== undefined || name === undefined || st.words.some((w) => w.value.includes('$'))) return;
      if (name === 'mysql-check') {
        const user = st.optionArgs[0];
        if (user?.value === 'user' && !st.optionArgs[1]) ctx.report({ messageId: 'noUser', range: user });
        return;
      }
      const allowed = SUBOPTIONS[name];
      if (allowed) check(ctx, st, name, allowed);
    },
  }),
});

function check(ctx: RuleContext, st: OptionStatement, option: string, allowed: readonly string[]): void {
  const args = st.optionArgs;
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    if (!allowed.includes(w.value)) return ctx.report({ messageId: 'unknown', data: { option, value: w.value, allowed: allowed.map((a) => `'${a}'`).join(', ') }, range: w });
    if (w.value === 'if-none') continue;
    const v: Word | undefined = args[++i];
    if (!v || v.value === '') return ctx.report({ messageId: w.value === 'except' ? 'noNetwork' : 'noHeader', data: { option }, range: w });
    if (w.value === 'except' && badNetwork(v.value)) return ctx.report({ messageId: 'badNetwork', data: { value: v.value }, range: v });
  }
}

/** str2net() / str62net(): host names are resolved by HAProxy, so only address-shaped text is judged. */
function badNetwork(text: string): boolean {
  if (!text.includes(':')) return badIpv4(text);
  const [addr, len, ...rest] = text.split('/');
  if (rest.length > 0 || !isIPv6(addr!)) return true;
  return len !== undefined && (!/^\d+$/.test(len) || Number(len) > 128);
}
