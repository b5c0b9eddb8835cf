import { compareVersions } from '@hacfg/catalog';
import type { SectionNode } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { lineOf } from '../util/ranges.js';

const headerLine = (n: SectionNode): number => lineOf(n.doc, n.section.header.start);

export default defineRule({
  id: 'defaults-name-reused',
  meta: {
    description: "Disallow a named defaults section that 'from' cannot resolve unambiguously: two of the same name before a 'from' (up to 3.0), or one redefined after a 'from' used it (3.1+)",
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: {
      ambiguous: "ambiguous defaults section name '{{name}}' referenced by 'from': declared at lines {{lines}}; rename one",
      replaced: "defaults '{{name}}' cannot replace the one at line {{first}}: 'from {{name}}' at line {{used}} already uses it; rename one",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      const cfg = ctx.config;
      const since31 = compareVersions(ctx.version, '3.1') >= 0;
      for (const r of cfg.references) {
        if (r.kind !== 'defaults') continue;
        const before = cfg.lookup('defaults', r.name).filter((d) => d.index < r.in.index);
        if (!since31 && before.length > 1) ctx.report({ messageId: 'ambiguous', data: { name: r.name, lines: before.map(headerLine).join(' and ') }, range: r.range, doc: r.doc });
      }
      if (!since31) return;
      // From 3.1 a later defaults section of the same name replaces the earlier one, unless a
      // `from` has already used it.
      for (const [name, list] of cfg.symbols.get('defaults') ?? []) {
        for (let i = 1; i < list.length; i++) {
          const prev = list[i - 1]!;
          const d = list[i]!;
          const use = cfg.references.find((r) => r.kind === 'defaults' && r.name === name && r.in.index > prev.index && r.in.index < d.index);
          if (use) ctx.report({ messageId: 'replaced', data: { name, first: headerLine(prev), used: lineOf(use.doc, use.range.start) }, range: d.section.name!, doc: d.doc });
        }
      }
    },
  }),
});
