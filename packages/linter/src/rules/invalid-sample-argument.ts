import { compareVersions, sampleArgFacts, sampleArgValues, type HaproxyVersion, type SampleArgType } from '@hacfg/catalog';
import { readsEmptyArg, samplesOf } from '@hacfg/model';
import type { SampleCall, TextRange } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

/** Types HAProxy cannot read from an empty argument (make_arg_list(): "got nothing"). */
const EMPTY_FAILS: ReadonlySet<SampleArgType> = new Set(['int', 'time', 'size', 'ip']);
const TYPE_NAMES: Readonly<Partial<Record<SampleArgType, string>>> = { int: 'an integer', time: 'a delay', size: 'a size', ip: 'an address' };

export default defineRule({
  id: 'invalid-sample-argument',
  meta: {
    description: 'Disallow sample fetch and converter arguments HAProxy cannot parse: too many, missing, not an integer, or a server without its backend',
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      tooMany: "'{{name}}' takes at most {{max}} argument(s) in HAProxy {{version}}",
      missing: "'{{name}}' needs at least {{min}} argument(s) in HAProxy {{version}} (got {{got}})",
      nothing: "argument {{index}} of '{{name}}' must be {{type}}, and there is none",
      notInt: "argument {{index}} of '{{name}}' must be an integer in HAProxy {{version}} (got '{{value}}')",
      noBackend: "'{{name}}' needs 'backend/server' here: {{kind}} '{{proxy}}' has no backend of its own",
      selfNotBackend: "'{{name}}' without a backend name reads the current proxy, and {{kind}} '{{proxy}}' is no backend: name one",
      noUserlist: "'{{name}}' needs the name of a userlist",
      noServer: "'{{name}}' needs a server name ('backend/server' outside backends)",
      value: "argument {{index}} of '{{name}}' must be one of {{allowed}} in HAProxy {{version}} (got '{{value}}')",
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
            if (!f) continue;
            const args = call.args ?? [];
            const data = { name: call.name, version: ctx.version };
            if (args.some((a) => a.value.includes('$'))) continue;
            if (args.length > f.max) {
              ctx.report({ messageId: 'tooMany', data: { ...data, max: f.max }, range: args[f.max]!.range });
              continue;
            }
            // A name resolved after parsing, left out or empty, names the current proxy (or nothing).
            const t0 = f.types[0];
            if (readsEmptyArg(call, 0, f.min) && (t0 === 'be' || t0 === 'usr' || t0 === 'srv') && where.proxy) {
              const p = where.proxy;
              const range: TextRange = call.nameRange;
              if (t0 === 'usr') ctx.report({ messageId: 'noUserlist', data, range });
              else if (t0 === 'srv') ctx.report({ messageId: 'noServer', data, range });
              else if (!p.isBackend && p.kind !== 'defaults') ctx.report({ messageId: 'selfNotBackend', data: { ...data, kind: p.kind, proxy: p.name ?? '' }, range });
              continue;
            }
            // No arguments at all: HAProxy reads one empty argument when one is required.
            if (args.length === 0 && f.min > 0) {
              const t = f.types[0]!;
              const range: TextRange = call.nameRange;
              if (EMPTY_FAILS.has(t)) ctx.report({ messageId: 'nothing', data: { ...data, index: 1, type: TYPE_NAMES[t]! }, range });
              else if (f.min > 1) ctx.report({ messageId: 'missing', data: { ...data, min: f.min, got: 1 }, range });
              continue;
            }
            if (args.length < f.min) {
              ctx.report({ messageId: 'missing', data: { ...data, min: f.min, got: args.length }, range: call.range });
              continue;
            }
            args.forEach((a, i) => {
              const t = f.types[i]!;
              const index = i + 1;
              if (a.value === '') {
                // An empty optional argument is no argument at all.
                if (EMPTY_FAILS.has(t) && i < f.min) ctx.report({ messageId: 'nothing', data: { ...data, index, type: TYPE_NAMES[t]! }, range: a.range });
                return;
              }
              if (t === 'int' && !/^[-+]?\d+$/.test(a.value)) return ctx.report({ messageId: 'notInt', data: { ...data, index, value: a.value }, range: a.range });
              const allowed = sampleArgValues(kind, call.name, i, ctx.version, cmp);
              if (allowed && !allowed.includes(a.value)) ctx.report({ messageId: 'value', data: { ...data, index, value: a.value, allowed: allowed.join(', ') }, range: a.range });
              const p = where.proxy;
              if (t === 'srv' && !a.value.includes('/') && p && !p.isBackend) ctx.report({ messageId: 'noBackend', data: { ...data, kind: p.kind, proxy: p.name ?? '' }, range: a.range });
            });
          }
        }
      },
    };
  },
});
