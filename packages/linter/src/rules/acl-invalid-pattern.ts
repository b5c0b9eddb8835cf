import { aclCriterion, defaultMatchFor } from '@hacfg/catalog';
import { forEachAclBody } from '@hacfg/model';
import type { AclBody, Document } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { badIpv4 } from '../util/ip.js';

const INT_OPERATORS = new Set(['eq', 'ge', 'gt', 'le', 'lt']);
/** ACL keywords HAProxy registers with their own pattern parser (dotted versions: `3.0-3.1`). */
const OWN_PARSER = new Set(['req_ssl_ver', 'req.ssl_ver']);
const INT_PATTERN = /^(\d+|\d*:\d*)$/;

/** Two `::` make no IPv6 address. */
const badIpv6 = (p: string): boolean => p.includes(':') && p.split('::').length > 2;

export default defineRule({
  id: 'acl-invalid-pattern',
  meta: {
    description: 'Disallow ACL patterns that the match method cannot read: malformed IP addresses for ip matches, words that are not numbers for integer matches',
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      ip: "'{{pattern}}' is not a valid IPv4 or IPv6 address: HAProxy refuses the ACL",
      int: "'{{pattern}}' is not a number, a range (a:b) or an operator (eq, ge, gt, le, lt): HAProxy refuses the ACL",
    },
  },
  create: (ctx) => {
    // The statement's document, set before each visit so the callback is one function, not one per statement.
    let doc: Document;
    const check = (acl: AclBody): void => {
      const c = acl.criterion;
      if (!c || c.error || OWN_PARSER.has(c.fetch.name) || acl.flags.some((f) => f.flag.value === '-f' || f.flag.value === '-M')) return;
      let method = acl.flags.find((f) => f.flag.value === '-m')?.arg?.value;
      if (method === undefined) {
        const crit = aclCriterion(c.fetch.name, ctx.version);
        // A converter changes the type; leave those to HAProxy.
        if (!crit || c.converters.length > 0) return;
        method = crit.kind === 'derivative' ? crit.match : crit.fetch.type !== undefined ? defaultMatchFor(crit.fetch.type) : undefined;
      }
      if (method !== 'ip' && method !== 'int') return;
      for (const w of acl.patterns) {
        if (!w.plain) continue;
        const v = w.value;
        if (method === 'ip' ? badIpv4(v) || badIpv6(v) : !INT_OPERATORS.has(v) && !INT_PATTERN.test(v)) ctx.report({ messageId: method, data: { pattern: v }, range: w, doc });
      }
    };
    return {
      statement(st, where) {
        doc = where.doc;
        forEachAclBody(st, check);
      },
    };
  },
});
