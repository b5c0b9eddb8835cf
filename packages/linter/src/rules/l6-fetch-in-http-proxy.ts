import { FETCHES } from '@hacfg/catalog';
import { conditionOf } from '@hacfg/model';
import type { Statement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

/**
 * Fetches that read raw buffer contents (HAProxy's L6 fetches): in an HTTP proxy the buffer holds
 * parsed HTTP, so conditions using them are ignored. `req.proto_http` is listed among them in the
 * manual but reads the HTTP parser's state.
 */
const L6_FETCHES: ReadonlySet<string> = new Set(FETCHES.filter((f) => f.layer === 'l6' && !/^req[._]proto_http$/.test(f.name)).map((f) => f.name));

/** Rules whose conditions HAProxy checks for L6 fetches (action rules, switching rules, stick rules). */
function checked(st: Statement): boolean {
  return st.type === 'rule' || (st.type === 'backend-rule' && (st.keyword === 'use_backend' || st.keyword === 'use-server')) || st.keyword === 'redirect' || st.keyword === 'stick';
}

export default defineRule({
  id: 'l6-fetch-in-http-proxy',
  meta: {
    description: 'Warn about conditions of an HTTP proxy that read raw buffer contents (req.payload, req.ssl_sni, …), which HAProxy ignores there',
    severity: 'warning',
    category: 'mode',
    fixable: false,
    haproxyWarning: true,
    messages: {
      anonymous: "'{{fetch}}' reads raw buffer contents, which {{kind}} '{{name}}' does not have in mode http: HAProxy ignores this condition's fetch",
      named: "ACL '{{acl}}' reads raw buffer contents ('{{fetch}}'), which {{kind}} '{{name}}' does not have in mode http: HAProxy ignores this condition's fetch",
    },
  },
  create: (ctx) => ({
    statement(st, where) {
      const p = where.proxy;
      if (!p || p.mode !== 'http' || !checked(st)) return;
      const cond = conditionOf(st);
      if (!cond) return;
      const base = { kind: p.kind, name: p.name ?? '' };
      for (const g of cond.groups) {
        for (const t of g.terms) {
          if (t.type === 'acl-anonymous') {
            const c = t.acl.criterion;
            if (c && !c.error && L6_FETCHES.has(c.fetch.name)) ctx.report({ messageId: 'anonymous', data: { ...base, fetch: c.fetch.name }, range: c.fetch.nameRange });
            continue;
          }
          const acl = p.acls.get(t.name)?.find((a) => a.criterion && !a.criterion.error && L6_FETCHES.has(a.criterion.fetch.name));
          if (acl) ctx.report({ messageId: 'named', data: { ...base, acl: t.name, fetch: acl.criterion!.fetch.name }, range: t.nameRange, related: [{ message: 'ACL defined here', range: acl.range }] });
        }
      }
    },
  }),
});
