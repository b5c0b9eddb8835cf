import { allConverterNames, converter } from '@hacfg/catalog';
import { samplesOf } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { reportUnknownName, uncheckedSampleName } from '../util/unknown-name.js';

export default defineRule({
  id: 'unknown-converter',
  meta: {
    description: 'Disallow converters HAProxy does not know',
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: {
      unknown: "unknown converter '{{name}}'{{hint}}",
      newer: "converter '{{name}}' needs HAProxy {{since}} or newer (target is {{version}})",
    },
  },
  create(ctx) {
    let names: string[] | undefined;
    return {
      statement(st, where) {
        for (const expr of samplesOf(st, where.doc.text, ctx.version)) {
          if (expr.error !== undefined) continue;
          for (const c of expr.converters) {
            const name = c.name;
            if (uncheckedSampleName('converter', name)) continue;
            if (converter(name, ctx.version)) continue;
            reportUnknownName(ctx, name, c.nameRange, converter(name), () => (names ??= allConverterNames().filter((n) => converter(n, ctx.version))));
          }
        }
      },
    };
  },
});
