import { aclCriterion, allFetchNames, compareVersions, fetch, readsIntegerOrExpression, sampleGoneSince, type HaproxyVersion } from '@hacfg/catalog';
import { samplesOf } from '@hacfg/model';
import { parseSampleWord, type SampleExpr, type Statement } from '@hacfg/syntax';
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
    /**
     * The expression the model does not list because it depends on the release: the mark and TOS
     * actions' word from 3.0 (tcp_parse_set_mark/_tos()); one starting with a letter is surely no integer.
     */
    const markTosExpression = (st: Statement, source: string): SampleExpr | undefined => {
      if (st.type !== 'rule' || !st.action || !readsIntegerOrExpression(st.action.value, ctx.version)) return undefined;
      const w = st.actionArgs[0];
      return w && /^[A-Za-z]/.test(w.value) && !w.value.includes('%[') ? parseSampleWord(w, source) : undefined;
    };
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
        for (const expr of samplesOf(st, where.doc.text)) check(st, expr);
        const expr = markTosExpression(st, where.doc.text);
        if (expr) check(st, expr);
      },
    };
  },
});
