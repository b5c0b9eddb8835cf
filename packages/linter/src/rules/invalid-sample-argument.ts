import { compareVersions, sampleArgFacts, type HaproxyVersion } from '@hacfg/catalog';
import { samplesOf } from '@hacfg/model';
import type { SampleCall } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'invalid-sample-argument',
  meta: {
    description: 'Disallow sample fetch and converter arguments HAProxy cannot parse: too many, not an integer, or a server without its backend',
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      tooMany: "'{{name}}' takes at most {{max}} argument(s) in HAProxy {{version}}",
      notInt: "argument {{index}} of '{{name}}' must be an integer in HAProxy {{version}} (got '{{value}}')",
      noBackend: "'{{name}}' needs 'backend/server' here: {{kind}} '{{proxy}}' has no backend of its own",
    },
  },
  create(ctx) {
    const cmp = compareVersions as (a: HaproxyVersion, b: HaproxyVersion) => number;
    return {
      statement(st, where) {
        for (const expr of samplesOf(st, where.doc.text)) {
          if (expr.error !== undefined) continue;
          const calls: [SampleCall, 'fetch' | 'converter'][] = [[expr.fetch, 'fetch'], ...expr.converters.map((c): [SampleCall, 'converter'] => [c, 'converter'])];
          for (const [call, kind] of calls) {
            const f = sampleArgFacts(kind, call.name, ctx.version, cmp);
            const args = call.args;
            if (!f || !args) continue;
            const data = { name: call.name, version: ctx.version };
            if (f.max !== undefined && args.length > f.max) {
              ctx.report({ messageId: 'tooMany', data: { ...data, max: f.max }, range: args[f.max]!.range });
              continue;
            }
            f.types?.forEach((t, i) => {
              const a = args[i];
              if (!a || a.value === '' || a.value.includes('$')) return;
              if (t === 'int' && !/^[-+]?\d+$/.test(a.value)) ctx.report({ messageId: 'notInt', data: { ...data, index: i + 1, value: a.value }, range: a.range });
              const p = where.proxy;
              if (t === 'srv' && !a.value.includes('/') && p && !p.isBackend) ctx.report({ messageId: 'noBackend', data: { ...data, kind: p.kind, proxy: p.name ?? '' }, range: a.range });
            });
          }
        }
      },
    };
  },
});
