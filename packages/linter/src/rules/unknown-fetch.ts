import { aclCriterion, allFetchNames, compareVersions, fetch, sampleGoneSince, type HaproxyVersion } from '@hacfg/catalog';
import { samplesOf } from '@hacfg/model';
import type { SampleExpr, Statement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { hint } from '../util/did-you-mean.js';
import { reportUnknownName, uncheckedSampleName } from '../util/unknown-name.js';

/** ACL criteria may also name ACL-only derivatives (`hdr_beg`, `path_end`): is `expr` one? */
function isCriterion(st: Statement, expr: SampleExpr): boolean {
  if (st.type === 'acl' && st.criterion === expr) return true;
  const cond = 'condition' in st ? st.condition : undefined;
  if (cond) for (const g of cond.groups) for (const t of g.terms) if (t.type === 'acl-anonymous' && t.acl.criterion === expr) return true;
  return false;
}

export default defineRule({
  id: 'unknown-fetch',
  meta: {
    description: 'Disallow sample fetches HAProxy does not know (in ACLs, conditions, %[…] and actions)',
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: {
      unknown: "unknown fetch method '{{name}}'{{hint}}",
      newer: "fetch method '{{name}}' needs HAProxy {{since}} or newer (target is {{version}})",
      gone: "HAProxy {{version}} has no fetch method '{{name}}' any more (the documentation still lists it; it is gone since {{since}}){{hint}}",
    },
  },
  create(ctx) {
    let names: string[] | undefined;
    const candidates = (): readonly string[] => (names ??= allFetchNames().filter((n) => fetch(n, ctx.version)));
    const check = (st: Statement, expr: SampleExpr): void => {
      if (expr.error !== undefined) return;
      const name = expr.fetch.name;
      if (uncheckedSampleName('fetch', name)) return;
      const criterion = isCriterion(st, expr);
      const known = criterion ? aclCriterion(name, ctx.version) : fetch(name, ctx.version);
      const gone = known ? sampleGoneSince('fetch', name, ctx.version, compareVersions as (a: HaproxyVersion, b: HaproxyVersion) => number) : undefined;
      if (gone) {
        ctx.report({ messageId: 'gone', data: { name, version: ctx.version, since: gone, hint: hint(name, candidates()) }, range: expr.fetch.nameRange });
        return;
      }
      if (known) return;
      const elsewhere = criterion ? aclCriterion(name)?.fetch : fetch(name);
      reportUnknownName(ctx, name, expr.fetch.nameRange, elsewhere, candidates);
    };
    return {
      statement(st, where) {
        for (const expr of samplesOf(st, where.doc.text, ctx.version)) check(st, expr);
      },
    };
  },
});
