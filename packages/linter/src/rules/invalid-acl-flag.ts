import { aclDefaultMatch, aclFlag, matchMethod } from '@hacfg/catalog';
import { forEachAclBody } from '@hacfg/model';
import type { AclBody, Document, TextRange } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { lineOf } from '../util/ranges.js';

/** Match methods pat_find_match_name() knows beside the documented ones: `regm` (map_regm's). */
const UNDOCUMENTED_METHODS = new Set(['regm']);

/**
 * The flags of an ACL as parse_acl_expr() (acl.c, 2.4-3.4) reads them: every word starting with
 * '-' until `--` is a flag, `-m` needs a known method and must precede `-f`, `-u` an integer id used
 * by no other ACL, `-f` a file name.
 */
export default defineRule({
  id: 'invalid-acl-flag',
  meta: {
    description: "Disallow ACL flags HAProxy refuses: unknown flags (a pattern starting with '-' without '--' before it), unknown match methods, '-m' after '-f', a '-u' id that is not an integer or is already used, '-f' without a file",
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      unknown: "'{{flag}}' is not an ACL flag (-i, -n, -m, -f, -M, -u, --): write '--' before a pattern that starts with '-'",
      method: "unknown match method '{{method}}' after '-m' (found, bool, int, ip, bin, len, str, sub, reg, beg, end, dir, dom)",
      methodAfterFile: "'-m' must come before '-f': HAProxy refuses a match method after a pattern file",
      uniqueId: "the argument of '-u' must be an integer, not '{{value}}'",
      uniqueIdUsed: "ACL id {{id}} is already used by the ACL at line {{line}}: '-u' ids must be unique",
      file: "'-f' needs a pattern file",
      noMatch: "ACL on '{{fetch}}' needs a match method: HAProxy picks none for {{what}}; add '-m' (e.g. '-m {{example}}') before the patterns",
    },
  },
  create: (ctx) => {
    /** Explicit `-u` ids in load order: HAProxy looks each new one up among the pattern references made so far. */
    const ids = new Map<string, { doc: Document; range: TextRange }>();
    let doc: Document;
    const check = (acl: AclBody): void => {
      let loaded = false;
      let method = false;
      for (const { flag, arg } of acl.flags) {
        const f = flag.value;
        if (f === '--') break;
        if (f === '-m') method = true;
        // `-f` loads patterns with the match method known so far: none is refused the same way.
        if (!method && f === '-f' && noDefaultMatch(acl)) return;
        if (!aclFlag(f, ctx.version)) {
          ctx.report({ messageId: 'unknown', data: { flag: f }, range: flag, doc });
          return;
        }
        if (f === '-m') {
          const m = arg?.value ?? '';
          if (loaded) return ctx.report({ messageId: 'methodAfterFile', range: flag, doc });
          if (!matchMethod(m, ctx.version) && !UNDOCUMENTED_METHODS.has(m)) return ctx.report({ messageId: 'method', data: { method: m }, range: arg ?? flag, doc });
        } else if (f === '-f') {
          if (!arg || arg.value === '') return ctx.report({ messageId: 'file', range: flag, doc });
          loaded = true;
        } else if (f === '-u') {
          // strtol(args[1], &end, 10) must end on the terminating NUL: an empty argument reads as 0.
          const v = arg?.value ?? '';
          if (v !== '' && !/^\s*[-+]?\d+$/.test(v)) return ctx.report({ messageId: 'uniqueId', data: { value: v }, range: arg ?? flag, doc });
          const id = String(v === '' ? 0 : Number(v));
          const first = ids.get(id);
          if (first) return ctx.report({ messageId: 'uniqueIdUsed', data: { id, line: lineOf(first.doc, first.range.start) }, range: arg ?? flag, doc, related: [{ message: 'first used here', range: first.range, doc: first.doc }] });
          ids.set(id, { doc, range: arg ?? flag });
        }
      }
      if (!method) noDefaultMatch(acl);
    };
    /** Reports an ACL whose expression has no default match method; true when it did. */
    const noDefaultMatch = (acl: AclBody): boolean => {
      const expr = acl.criterion;
      const w = acl.criterionWord;
      if (!expr || !w || expr.error !== undefined || w.value.includes('$')) return false;
      const m = aclDefaultMatch(expr.fetch.name, expr.converters[expr.converters.length - 1]?.name, ctx.version);
      if (!m || m.found) return false;
      const what = m.type === 'ANY' ? 'a sample of any type (a variable)' : m.type === 'BIN' ? 'binary samples' : `samples of type ${m.type.toLowerCase()}`;
      ctx.report({ messageId: 'noMatch', data: { fetch: w.value, what, example: m.type === 'BIN' ? 'bin' : 'str' }, range: w, doc });
      return true;
    };
    return {
      statement(st, where) {
        doc = where.doc;
        forEachAclBody(st, check);
      },
    };
  },
});
