import { compareVersions, sampleArgFacts, type HaproxyVersion } from '@hacfg/catalog';
import { forEachAclBody, regexWordsOf, samplesOf } from '@hacfg/model';
import type { AclBody, Document, TextRange, Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { aclMatchMethod } from '../util/acl-method.js';
import { usesEnv } from '../util/env.js';
import { pcreError } from '../util/pcre.js';

const cmp = compareVersions as (a: HaproxyVersion, b: HaproxyVersion) => number;

export default defineRule({
  id: 'invalid-regex',
  meta: {
    description: 'Disallow regular expressions PCRE2 cannot compile: unbalanced parentheses or brackets, a quantifier with nothing to repeat, ranges out of order, unknown escapes, references to groups that do not exist, unbounded lookbehinds',
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      invalid: "regex '{{regex}}' is invalid: {{error}} (at offset {{offset}}); HAProxy refuses the line",
      empty: "argument {{index}} of '{{name}}' is an empty regex: HAProxy refuses the line (missing regex)",
      flag: "regsub() flag '{{flag}}' is unknown: only 'i' (ignore case) and 'g' (every match) are supported",
    },
  },
  create: (ctx) => {
    let doc: Document;
    const check = (regex: string, range: TextRange, capture: boolean): void => {
      const e = pcreError(regex, { capture });
      if (e) ctx.report({ messageId: 'invalid', data: { regex, error: e.message, offset: e.offset }, range, doc });
    };
    const checkWord = (w: Word, capture: boolean): void => {
      // A value from the environment is only known when HAProxy starts.
      if (!usesEnv(w)) check(w.value, w, capture);
    };
    const checkAcl = (acl: AclBody): void => {
      if (acl.flags.some((f) => f.flag.value === '-f' || f.flag.value === '-M')) return;
      const method = aclMatchMethod(acl, ctx.version);
      // ACL regexes compile without captures; `regm` (map lookups) with them.
      if (method === 'reg' || method === 'regm') for (const w of acl.patterns) checkWord(w, method === 'regm');
    };
    return {
      statement(st, where) {
        doc = where.doc;
        forEachAclBody(st, checkAcl);
        for (const r of regexWordsOf(st, where.node?.keyword)) checkWord(r.word, r.capture);
        // `regsub(regex,…)`: regex arguments are compiled with captures when the configuration is resolved.
        for (const expr of samplesOf(st, doc.text, ctx.version)) {
          if (expr.error !== undefined) continue;
          for (const call of expr.converters) {
            if (!call.args) continue;
            const f = sampleArgFacts('converter', call.name, ctx.version, cmp);
            if (!f) continue;
            // sample_conv_regsub_check(): the flags are letters among 'i' and 'g'.
            const flags = call.name === 'regsub' ? call.args[2] : undefined;
            const bad = flags?.value.match(/[^ig]/);
            if (flags && bad) ctx.report({ messageId: 'flag', data: { flag: bad[0] }, range: flags.range });
            call.args.forEach((a, j) => {
              if (f.types[j] !== 'reg') return;
              if (a.value === '') ctx.report({ messageId: 'empty', data: { index: j + 1, name: call.name }, range: a.range.end > a.range.start ? a.range : call.nameRange });
              else check(a.value, a.range, true);
            });
          }
        }
      },
    };
  },
});
