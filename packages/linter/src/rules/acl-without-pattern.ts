import { converter, fetch } from '@hacfg/catalog';
import { forEachAclBody } from '@hacfg/model';
import type { SampleExpr } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

/** Match methods of ACL keyword forms (`path_beg` is `path -m beg`); `found` and `bool` read no pattern. */
const ALIAS = /^(.+)_(beg|end|sub|dom|dir|reg|len|str|ip|int|bin)$/;

/** The type the ACL compares: the last converter's output, else the fetch's (undefined when the catalog does not say). */
function comparedType(expr: SampleExpr, version: Parameters<typeof fetch>[1]): string | undefined {
  const last = expr.converters[expr.converters.length - 1];
  if (last) return converter(last.name, version)?.outputType;
  const f = fetch(expr.fetch.name, version);
  if (f) return f.type;
  // An ACL keyword form with a built-in match method compares strings (or ints for _len).
  return ALIAS.test(expr.fetch.name) ? 'string' : undefined;
}

export default defineRule({
  id: 'acl-without-pattern',
  meta: {
    description: 'Warn about ACLs that have neither a pattern nor a match flag, which never match (HAProxy warns)',
    severity: 'warning',
    category: 'suggestion',
    fixable: false,
    haproxyWarning: true,
    messages: {
      noPattern: "ACL on '{{fetch}}' has no pattern to compare with, so it never matches: add patterns, '-m found' to test presence, or '-m bool' to test a number",
    },
  },
  create: (ctx) => ({
    statement(st) {
      forEachAclBody(st, (acl) => {
        const expr = acl.criterion;
        const w = acl.criterionWord;
        // Any word after the criterion (a pattern, a flag, `--`) silences HAProxy's check.
        if (!expr || !w || expr.error !== undefined || acl.flags.length > 0 || acl.patterns.length > 0 || w.value.includes('$')) return;
        const type = comparedType(expr, ctx.version);
        // HAProxy picks a default match for booleans (no pattern needed), integers, addresses and
        // strings; binary and untyped samples (var()) get none, and the check does not apply.
        if (type === undefined || type.includes('bool') || !/int|ip|addr|str/.test(type)) return;
        ctx.report({ messageId: 'noPattern', data: { fetch: w.value }, range: w });
      });
    },
  }),
});
