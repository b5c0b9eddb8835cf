import { EVAL_POINT_NAMES, fetchEvalPoints, predefinedAcl, type EvalPoint } from '@hacfg/catalog';
import { conditionOf, type Proxy } from '@hacfg/model';
import type { AclTerm, Statement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

/** Where HAProxy evaluates a statement's condition (its `where` in cfgparse-listen.c / tcp_rules.c). */
function evalPoints(st: Statement, p: Proxy): EvalPoint[] | undefined {
  const fe = p.isFrontend || p.kind === 'defaults';
  const be = p.isBackend || p.kind === 'defaults';
  const both = (f: EvalPoint, b: EvalPoint): EvalPoint[] => [...(fe ? [f] : []), ...(be ? [b] : [])];
  if (st.type === 'rule') {
    switch (st.ruleset) {
      case 'http-request':
        return both('FE_HRQ_HDR', 'BE_HRQ_HDR');
      case 'http-response':
      case 'http-after-response':
        return both('FE_HRS_HDR', 'BE_HRS_HDR');
      case 'tcp-request connection':
        return ['FE_CON_ACC'];
      case 'tcp-request session':
        return ['FE_SES_ACC'];
      case 'tcp-request content':
        return both('FE_REQ_CNT', 'BE_REQ_CNT');
      case 'tcp-response content':
        return both('FE_RES_CNT', 'BE_RES_CNT');
      default:
        return undefined;
    }
  }
  if (st.type === 'backend-rule') return st.keyword === 'use_backend' ? ['FE_SET_BCK'] : st.keyword === 'use-server' ? ['BE_SET_SRV'] : undefined;
  switch (st.keyword) {
    case 'redirect':
      return both('FE_HRQ_HDR', 'BE_HRQ_HDR');
    case 'force-persist':
    case 'ignore-persist':
      return ['BE_REQ_CNT'];
    case 'stick':
      return [st.args[0]?.value === 'store-response' ? 'BE_STO_RUL' : 'BE_SET_SRV'];
    default:
      return undefined;
  }
}

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
