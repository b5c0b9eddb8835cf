import { allServerOptionNames, serverOption } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';
import { missingFeature } from '../util/build.js';
import { hint } from '../util/did-you-mean.js';

export default defineRule({
  id: 'unknown-server-option',
  meta: {
    description: 'Disallow server and default-server options HAProxy does not know',
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: {
      unknown: "'{{keyword}} {{server}}': unknown keyword '{{name}}'{{hint}}",
      newer: "'{{keyword}} {{server}}': '{{name}}' needs HAProxy {{since}} or newer (target is {{version}})",
    },
  },
  create: (ctx) => ({
    server(st) {
      for (const p of st.params) {
        const raw = p.name.value;
        if (raw.includes('$') || raw === '') continue;
        const name = raw.replace(/\(.*$/s, '');
        if (serverOption(name, ctx.version) || missingFeature('server', name)) continue;
        const any = serverOption(name);
        // HAProxy stops at the first unknown word: what follows may be its argument.
        const data = { keyword: st.keyword, server: st.name?.value ?? '', name, version: ctx.version };
        if (any && any.since !== undefined && !serverOption(name, ctx.version) && !any.removedIn) ctx.report({ messageId: 'newer', data: { ...data, since: any.since }, range: p.name });
        else ctx.report({ messageId: 'unknown', data: { ...data, hint: hint(name, allServerOptionNames().filter((n) => serverOption(n, ctx.version))) }, range: p.name });
        return;
      }
    },
  }),
});
