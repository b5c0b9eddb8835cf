import { allServerOptionNames, serverOption } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';
import { reportUnknownName } from '../util/unknown-name.js';
import { missingFeature } from '../util/build.js';

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
      // `source ADDR [usesrc ADDR2] [interface NAME]`: the source option reads these words itself.
      let inSource = false;
      let sourceValue = false;
      for (const p of st.params) {
        const raw = p.name.value;
        if (sourceValue) {
          sourceValue = false;
          continue;
        }
        if (inSource && (raw === 'usesrc' || raw === 'interface')) {
          // Its value is the next word unless the catalog already paired them.
          sourceValue = p.value === undefined;
          continue;
        }
        inSource = raw === 'source';
        if (raw.includes('$') || raw === '') continue;
        const name = raw.replace(/\(.*$/s, '');
        if (serverOption(name, ctx.version) || missingFeature('server', name)) continue;
        const any = serverOption(name);
        // HAProxy stops at the first unknown word: what follows may be its argument.
        const data = { keyword: st.keyword, server: st.name?.value ?? '', name, version: ctx.version };
        const elsewhere = any && any.since !== undefined && !serverOption(name, ctx.version) ? any : undefined;
        reportUnknownName(ctx, name, p.name, elsewhere, () => allServerOptionNames().filter((n) => serverOption(n, ctx.version)), data);
        return;
      }
    },
  }),
});
