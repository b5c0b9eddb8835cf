import { EVAL_POINT_NAMES, fetchEvalPoints, predefinedAcl } from '@hacfg/catalog';
import { conditionOf, type Proxy } from '@hacfg/model';
import type { AclTerm } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { evalPoints } from '../util/eval-points.js';

/** The fetches of each ACL a term reads (named ACLs may have several lines), undefined when unknown. */
function termFetches(t: AclTerm, p: Proxy): string[] | undefined {
  if (t.type === 'acl-anonymous') return t.acl.criterion && !t.acl.criterion.error ? [t.acl.criterion.fetch.name] : undefined;
  const lines = p.acls.get(t.name);
  if (lines) return lines.every((a) => a.criterion && !a.criterion.error) ? lines.map((a) => a.criterion!.fetch.name) : undefined;
  const predef = predefinedAcl(t.name)?.equivalent.split(/[\s(]/)[0];
  return predef ? [predef] : undefined;
}

export default defineRule({
  id: 'acl-never-matches',
  meta: {
    description: 'Warn about conditions using fetches that are not available where the rule is evaluated (a response header in a request rule, a payload at connection time, …)',
    severity: 'warning',
    category: 'order',
    fixable: false,
    haproxyWarning: true,
    messages: {
      never: "{{what}} never matches here: '{{fetch}}' is not available in a {{where}}",
      some: "ACL '{{acl}}' uses '{{fetch}}', which is not available in a {{where}}: that part of it never matches",
    },
  },
  create: (ctx) => ({
    statement(st, where) {
      const p = where.proxy;
      const cond = conditionOf(st);
      if (!p || !cond) return;
      const points = evalPoints(st, p);
      if (!points) return;
      const usable = (fetch: string): boolean | undefined => {
        const at = fetchEvalPoints(fetch, ctx.version);
        return at && points.some((x) => at.has(x));
      };
      for (const g of cond.groups) {
        for (const t of g.terms) {
          const fetches = termFetches(t, p);
          if (!fetches) continue;
          const bad = fetches.filter((f) => usable(f) === false);
          if (bad.length === 0) continue;
          // The message text only when there is something to say (this runs on every condition).
          const whereText = points.map((x) => EVAL_POINT_NAMES[x]).join(' or ');
          const range = t.type === 'acl-anonymous' ? (t.acl.criterion?.fetch.nameRange ?? t.range) : t.nameRange;
          if (bad.length === fetches.length) ctx.report({ messageId: 'never', data: { what: t.type === 'acl-anonymous' ? 'this anonymous ACL' : `ACL '${t.name}'`, fetch: bad[0]!, where: whereText }, range });
          else ctx.report({ messageId: 'some', data: { acl: t.type === 'acl-ref' ? t.name : '', fetch: bad[0]!, where: whereText }, range });
        }
      }
    },
  }),
});
