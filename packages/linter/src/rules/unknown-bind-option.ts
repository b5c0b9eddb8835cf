import { allBindOptionNames, bindOption } from '@hacfg/catalog';
import { bindParams, type Param } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { reportUnknownName } from '../util/unknown-name.js';
import { missingFeature } from '../util/build.js';
import { statsSocketParams } from '../util/stats-socket.js';

export default defineRule({
  id: 'unknown-bind-option',
  meta: {
    description: "Disallow bind options HAProxy does not know, on 'bind' lines, a global 'stats socket' and a peers section's 'default-bind'",
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: {
      unknown: "'{{line}}': unknown keyword '{{name}}'{{hint}}",
      newer: "'{{line}}': '{{name}}' needs HAProxy {{since}} or newer (target is {{version}})",
    },
  },
  create: (ctx) => {
    /** HAProxy stops at the first unknown word: what follows may be its argument. */
    const check = (params: readonly Param[], line: string): void => {
      for (const p of params) {
        const name = p.name.value;
        if (name.includes('$') || name === '') continue;
        if (bindOption(name, ctx.version) || missingFeature('bind', name)) continue;
        reportUnknownName(ctx, name, p.name, bindOption(name), () => allBindOptionNames().filter((n) => bindOption(n, ctx.version)), { line, name, version: ctx.version });
        return;
      }
    };
    return {
      bind(st) {
        check(st.params, `bind ${st.args[0]?.value ?? ''}`);
      },
      // A peers section's `default-bind` line holds bind options alone.
      'keyword:default-bind'(st, where) {
        if (where.node?.keyword === 'peers' && st.modifier === undefined) check(bindParams(st.args), 'default-bind');
      },
      // `stats socket <address>` in the global section takes bind options after its address.
      'keyword:stats'(st, where) {
        const params = statsSocketParams(st, where);
        if (params) check(params, 'stats socket');
      },
    };
  },
});
