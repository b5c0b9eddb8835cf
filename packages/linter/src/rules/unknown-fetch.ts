import { aclCriterion, allFetchNames, compareVersions, fetch, sampleGoneSince, type HaproxyVersion } from '@hacfg/catalog';
import { samplesOf } from '@hacfg/model';
import { parseSampleWord, type SampleExpr, type Statement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { hint } from '../util/did-you-mean.js';
import { reportUnknownName, uncheckedSampleName } from '../util/unknown-name.js';

/**
 * From 3.0 the mark and TOS actions read a word that is no integer as a sample expression
 * (tcp_parse_set_mark/_tos()); a word starting with a letter is surely no integer.
 */
const MARK_TOS = new Set(['set-mark', 'set-tos', 'set-fc-mark', 'set-bc-mark', 'set-fc-tos', 'set-bc-tos']);

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
    const markTosExpressions = compareVersions(ctx.version, '3.0') >= 0;
    /** The expression the model does not list because it depends on the release: a mark/TOS action's (3.0+). */
    const markTosExpression = (st: Statement, source: string): SampleExpr | undefined => {
      if (st.type !== 'rule' || !st.action || !MARK_TOS.has(st.action.value)) return undefined;
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
        if (markTosExpressions && st.type === 'rule') {
          const expr = markTosExpression(st, where.doc.text);
          if (expr) check(st, expr);
        }
      },
    };
  },
});
