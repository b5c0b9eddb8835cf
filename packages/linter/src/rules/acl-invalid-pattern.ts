import { forEachAclBody } from '@hacfg/model';
import type { AclBody, Document } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { aclMatchMethod } from '../util/acl-method.js';
import { usesEnv } from '../util/env.js';
import { badIpv4, isHostName, isIPv6Address, isMask4 } from '../util/ip.js';
import { isHexBytes } from '../util/words.js';

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

/**
 * pat_parse_ip(): str2net() (inet_pton(AF_INET), else a host name, resolved unless `-n`), then
 * str62net() (inet_pton(AF_INET6) and a prefix length up to 128). A name with `-n` is refused; one
 * without is resolved while loading (address-needs-dns).
 */
function badIpPattern(p: string, noDns: boolean): boolean {
  if (p.includes(':')) {
    const slash = p.lastIndexOf('/');
    const addr = slash < 0 ? p : p.slice(0, slash);
    const mask = slash < 0 ? undefined : p.slice(slash + 1);
    return !isIPv6Address(addr) || (mask !== undefined && !(/^\s*\+?\d+$/.test(mask) && Number(mask) <= 128));
  }
  // str2mask() judges the mask before the address is read or resolved: `10.0.0.0/16]` is refused.
  const slash = p.lastIndexOf('/');
  if (slash >= 0 && !isMask4(p.slice(slash + 1))) return true;
  if (badIpv4(p)) return true;
  return noDns && isHostName(slash >= 0 ? p.slice(0, slash) : p);
}

export default defineRule({
  id: 'acl-invalid-pattern',
  meta: {
    description: 'Disallow ACL patterns that the match method cannot read: malformed IP addresses (or host names with -n) for ip matches, words that are not numbers for integer and length matches, odd or non-hexadecimal data for binary matches',
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      ip: "'{{pattern}}' is not a valid IPv4 or IPv6 address: HAProxy refuses the ACL",
      bin: "'{{pattern}}' is not binary data written as pairs of hexadecimal digits: HAProxy refuses the ACL",
      int: "'{{pattern}}' is not a number, a range (a:b or a-b, either end optional) or an operator (eq, ge, gt, le, lt): HAProxy refuses the ACL",
    },
  },
  create: (ctx) => {
    // The statement's document, set before each visit so the callback is one function, not one per statement.
    let doc: Document;
    const check = (acl: AclBody): void => {
      const c = acl.criterion;
      if (!c || OWN_PARSER.has(c.fetch.name) || acl.flags.some((f) => f.flag.value === '-f' || f.flag.value === '-M')) return;
      const method = aclMatchMethod(acl, ctx.version);
      // `len` patterns are integers too (pat_parse_int()).
      const kind = method === 'len' ? 'int' : method;
      if (kind !== 'ip' && kind !== 'int' && kind !== 'bin') return;
      // An operator word carries over to the words after it: a pattern from the environment leaves the line to HAProxy.
      if (acl.patterns.some(usesEnv)) return;
      const noDns = acl.flags.some((f) => f.flag.value === '-n');
      const bad =
        kind === 'int' ? badIntPatterns(acl.patterns)
        : kind === 'ip' ? acl.patterns.flatMap((w, i) => (badIpPattern(w.value, noDns) ? [i] : []))
        // pat_parse_bin(): parse_binary() wants pairs of hex digits.
        : acl.patterns.flatMap((w, i) => (w.value !== '' && !isHexBytes(w.value) ? [i] : []));
      for (const i of bad) {
        const w = acl.patterns[i]!;
        ctx.report({ messageId: kind, data: { pattern: w.value }, range: w, doc });
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
