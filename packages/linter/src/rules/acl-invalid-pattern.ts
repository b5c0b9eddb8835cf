import { aclCriterion, defaultMatchFor } from '@hacfg/catalog';
import { forEachAclBody } from '@hacfg/model';
import type { AclBody, Document } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { usesEnv } from '../util/env.js';
import { badIpv4 } from '../util/ip.js';

const INT_OPERATORS = new Set(['eq', 'ge', 'gt', 'le', 'lt']);
/** ACL keywords HAProxy registers with their own pattern parser (dotted versions: `3.0-3.1`). */
const OWN_PARSER = new Set(['req_ssl_ver', 'req.ssl_ver']);

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** strl2llrc() (tools.c): digits, or '-' and digits (a lone '-' reads as 0), within 64 bits; empty is refused. */
function strl2llrc(s: string): bigint | undefined {
  if (!/^(\d+|-\d*)$/.test(s)) return undefined;
  const v = s === '-' ? 0n : BigInt(s);
  return v < INT64_MIN || v > INT64_MAX ? undefined : v;
}

/** pat_parse_int() (pattern.c): a number, `a:b`/`a-b` (the first ':' or '-' splits), `:b`/`-b`, `a:`/`a-`. */
function intPatternOk(text: string): boolean {
  const p = text.search(/[:-]/);
  if (p < 0) return strl2llrc(text) !== undefined;
  if (p === 0 && text.length > 1) return strl2llrc(text.slice(1)) !== undefined;
  if (p === text.length - 1) return strl2llrc(text.slice(0, p)) !== undefined;
  const min = strl2llrc(text.slice(0, p));
  const max = strl2llrc(text.slice(p + 1));
  return min !== undefined && max !== undefined && min <= max;
}

/**
 * The integer patterns of one ACL as parse_acl_expr() (acl.c) reads them: an operator word applies to
 * the words after it; after an operator other than `eq`, a word without ':' or '-' is converted from
 * its integer part (what follows a '.' is dropped), anything else goes to pat_parse_int() as written.
 */
function badIntPatterns(words: readonly { readonly value: string }[]): number[] {
  const bad: number[] = [];
  let operator = 'eq';
  words.forEach((w, i) => {
    const v = w.value;
    if (INT_OPERATORS.has(v)) {
      operator = v;
      return;
    }
    const ok = !/[:-]/.test(v) && operator !== 'eq' ? strl2llrc(v.includes('.') ? v.slice(0, v.indexOf('.')) : v) !== undefined : intPatternOk(v);
    if (!ok) bad.push(i);
  });
  return bad;
}

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
      int: "'{{pattern}}' is not a number, a range (a:b or a-b, either end optional) or an operator (eq, ge, gt, le, lt): HAProxy refuses the ACL",
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
      // An operator word carries over to the words after it: a pattern from the environment leaves the line to HAProxy.
      if (acl.patterns.some(usesEnv)) return;
      const bad = method === 'ip' ? acl.patterns.flatMap((w, i) => (badIpv4(w.value) || badIpv6(w.value) ? [i] : [])) : badIntPatterns(acl.patterns);
      for (const i of bad) {
        const w = acl.patterns[i]!;
        ctx.report({ messageId: method, data: { pattern: w.value }, range: w, doc });
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
