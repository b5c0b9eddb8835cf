import { allConverterNames, converter } from '@hacfg/catalog';
import { samplesOf } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { missingFeature } from '../util/build.js';
import { hint } from '../util/did-you-mean.js';

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
        for (const expr of samplesOf(st, where.doc.text)) {
          if (expr.error !== undefined) continue;
          for (const c of expr.converters) {
            const name = c.name;
            if (name === '' || name.includes('$') || name.startsWith('lua.') || missingFeature('converter', name)) continue;
            if (converter(name, ctx.version)) continue;
            const any = converter(name);
            if (any && !any.removedIn) {
              ctx.report({ messageId: 'newer', data: { name, since: any.since, version: ctx.version }, range: c.nameRange });
              continue;
            }
            names ??= allConverterNames().filter((n) => converter(n, ctx.version));
            ctx.report({ messageId: 'unknown', data: { name, hint: hint(name, names) }, range: c.nameRange });
          }
        }
      },
    };
  },
});
