import { routingGraph, type RouteEdge } from '@hacfg/model';
import type { AndGroup, Condition } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { span, lineOf } from '../util/ranges.js';

/** A term's identity: `!name` or the anonymous ACL's text. */
function termKeys(g: AndGroup, source: string): Set<string> {
  return new Set(g.terms.map((t) => (t.negated ? '!' : '') + (t.type === 'acl-ref' ? t.name : source.slice(t.range.start, t.range.end).replace(/^!\s*/, '').replace(/\s+/g, ' '))));
}

/** Whether every request matching `later` also matches `earlier`, judging by the ACLs they name. */
function catches(earlier: Condition | undefined, later: Condition | undefined, source: string): boolean {
  if (!earlier) return true;
  if (!later || earlier.polarity !== 'if' || later.polarity !== 'if') return false;
  const eg = earlier.groups.map((g) => termKeys(g, source));
  return later.groups.every((lg) => {
    const keys = termKeys(lg, source);
    return eg.some((e) => [...e].every((k) => keys.has(k)));
  });
}

export default defineRule({
  id: 'failover-rule-shadowed',
  meta: {
    description: "Warn about a failover 'use_backend' placed after a rule that already takes the same traffic (first match wins)",
    severity: 'warning',
    category: 'order',
    fixable: false,
    messages: {
      shadowed: "failover to '{{target}}' never happens: the earlier rule on line {{line}} ('use_backend {{earlier}}') already matches all of its traffic, and the first matching use_backend wins",
      primaryFirst: "failover to '{{target}}' comes after the rule on line {{line}} that sends traffic to '{{watched}}' without checking it is up: when '{{watched}}' is down that rule still wins; put the failover rule first",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      const g = routingGraph(ctx.config);
      const byFrontend = new Map<object, RouteEdge[]>();
      for (const r of g.routes) {
        const l = byFrontend.get(r.from) ?? [];
        l.push(r);
        byFrontend.set(r.from, l);
      }
      for (const routes of byFrontend.values()) {
        for (const r of routes) {
          if (!r.failover || r.kind !== 'use_backend') continue;
          const source = r.from.doc.text;
          const watched = new Set(r.watches.filter((w) => !w.negated).map((w) => w.backend));
          const range = span(r.statement.keywordWord, r.statement.target!);
          const line = (e: RouteEdge): number => lineOf(e.from.doc, e.statement.range.start);
          for (const e of routes) {
            if (e.order >= r.order || e.kind !== 'use_backend') continue;
            if (catches(e.condition, r.condition, source)) {
              ctx.report({ messageId: 'shadowed', data: { target: r.target, line: line(e), earlier: e.target }, range, doc: r.from.doc, related: [{ message: 'this rule matches first', range: e.statement.range, doc: e.from.doc }] });
              break;
            }
            // A rule to the watched backend that does not itself test the backend's health.
            const guarded = e.watches.some((w) => w.negated && w.backend === e.target);
            if (watched.has(e.target) && !guarded) {
              ctx.report({ messageId: 'primaryFirst', data: { target: r.target, line: line(e), watched: e.target }, range, doc: r.from.doc, related: [{ message: 'this rule matches first', range: e.statement.range, doc: e.from.doc }] });
              break;
            }
          }
        }
      }
    },
  }),
});
