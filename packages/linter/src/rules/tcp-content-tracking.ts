import { fetchEvalPoints, fetchSources, predefinedAcl, type HaproxyVersion } from '@hacfg/catalog';
import { actionSamplesOf, conditionOf, type Proxy } from '@hacfg/model';
import type { Condition, RuleStatement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { inspectDelaySet, isTrackingAction } from '../util/content-rules.js';

/** The request sources whose use makes a tracking rule depend on the request (SMP_USE_L6REQ|HRQHV|HRQHP|HRQBO). */
const REQUEST_CONTENT = new Set(['L6REQ', 'HRQHV', 'HRQHP', 'HRQBO']);

/** The fetch names a condition evaluates: its anonymous ACLs, the proxy's named ones, predefined ones. */
function conditionFetches(cond: Condition, proxy: Proxy, version: HaproxyVersion): string[] {
  const out: string[] = [];
  for (const g of cond.groups) {
    for (const t of g.terms) {
      if (t.type === 'acl-anonymous') {
        if (t.acl.criterion) out.push(t.acl.criterion.fetch.name);
        continue;
      }
      // The proxy's own ACLs first, then the predefined ones (find_acl_by_name(), find_acl_default()).
      const named = proxy.acls.get(t.name);
      const fetches = named ? named.flatMap((a) => (a.criterion ? [a.criterion.fetch.name] : [])) : [/^[^\s(]+/.exec(predefinedAcl(t.name, version)?.equivalent ?? '')?.[0] ?? ''];
      for (const f of fetches) if (f) out.push(f);
    }
  }
  return out;
}

export default defineRule({
  id: 'tcp-content-tracking',
  meta: {
    description: "Warn about 'tcp-request content' tracking and capture rules HAProxy warns about: reading request content without 'tcp-request inspect-delay', and tracking in an HTTP frontend what a 'tcp-request session' rule should track",
    severity: 'warning',
    category: 'order',
    fixable: false,
    haproxyWarning: ['noInspectDelay', 'sessionLevel'],
    messages: {
      noInspectDelay: "'tcp-request content {{action}}' reads '{{fetch}}', which needs the request content, but {{kind}} '{{name}}' has no 'tcp-request inspect-delay': the rule sees whatever arrived with the first packet",
      sessionLevel:
        "'tcp-request content {{action}}' in HTTP {{kind}} '{{name}}' depends on nothing in the request: invalid or timed-out HTTP requests never reach content rules and are not counted; track with 'tcp-request session {{action}}'",
    },
  },
  create: (ctx) => ({
    section(node) {
      const p = ctx.config.proxyOf(node.section);
      if (!p || p.kind === 'defaults' || !p.isFrontend) return;
      let delay: boolean | undefined;
      for (const st of node.statements) {
        if (st.type !== 'rule' || st.ruleset !== 'tcp-request content' || !st.action || !isTrackingAction(st.action.value)) continue;
        const expr = actionSamplesOf(st, node.doc.text, ctx.version)[0];
        if (!expr || expr.error !== undefined) continue;
        const fetch = expr.fetch.name;
        const data = { action: st.action.value, fetch, kind: p.kind, name: p.name ?? '' };
        const points = fetchEvalPoints(fetch, ctx.version);
        if (points && !points.has('FE_SES_ACC') && !(delay ??= inspectDelaySet(p))) ctx.report({ messageId: 'noInspectDelay', data, range: expr.fetch.nameRange });
        if (st.action.value !== 'capture' && p.mode === 'http' && !readsRequest(st, fetch, p, ctx.version)) ctx.report({ messageId: 'sessionLevel', data, range: st.action });
      }
    },
  }),
});

/** Whether the tracked sample or the rule's condition reads the request (HAProxy's `use` bits). */
function readsRequest(st: RuleStatement, fetch: string, p: Proxy, version: HaproxyVersion): boolean {
  const reads = (name: string): boolean | undefined => {
    const s = fetchSources(name, version);
    return s === undefined ? undefined : s.some((x) => REQUEST_CONTENT.has(x));
  };
  // An unknown fetch is another rule's finding: assume it reads the request, so nothing is claimed.
  if (reads(fetch) !== false) return true;
  const cond = conditionOf(st);
  return cond !== undefined && conditionFetches(cond, p, version).some((f) => reads(f) !== false);
}
