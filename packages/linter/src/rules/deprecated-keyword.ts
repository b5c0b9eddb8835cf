import { action as actionEntry, actionName, compareVersions, deprecatedIn, deprecatedReplacement, DEPRECATION_WARNINGS, deprecationWarning, fetch as fetchEntry, logFormatVariable, matchRemovedKeyword, REMOVED_KEYWORDS, section as sectionEntry, type DeprecationWarning } from '@hacfg/catalog';
import { samplesOf } from '@hacfg/model';
import type { TextEdit } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { HTTPCHK_HEADERS_REMOVED, httpchkHeaders } from '../util/httpchk.js';
import { formatsRead } from '../util/formats.js';
import { leadingWords, removeStatement } from '../util/ranges.js';
import { classify, refusedBare, versionLE } from '../util/vocab.js';

/** First words of the legacy keywords HAProxy ignores for a while before refusing them: most lines are looked up no further. */
const IGNORED_FIRST_WORDS: ReadonlySet<string> = new Set(REMOVED_KEYWORDS.filter((r) => r.ignoredSince !== undefined).map((r) => r.name.split(' ')[0]!));

export default defineRule({
  id: 'deprecated-keyword',
  meta: {
    description: 'Warn about keywords, actions and fetches deprecated in the target version, with a fix where the rename is mechanical',
    severity: 'warning',
    category: 'version',
    fixable: true,
    haproxyWarning: ['httpchkHeaders', 'ignored', 'bindOption', 'warned', 'formatVariable'],
    messages: {
      deprecated: "'{{name}}' is deprecated since HAProxy {{since}}; use {{replacement}}",
      deprecatedNoHint: "'{{name}}' is deprecated since HAProxy {{since}}",
      warned: "'{{name}}' is deprecated since HAProxy {{since}} and HAProxy {{version}} prints a warning for it{{advice}}",
      ignored: "'{{name}}' has no effect since HAProxy {{since}} and is refused from {{removedIn}}: {{replacement}}",
      bindOption: "'{{name}}' on bind lines is deprecated since HAProxy {{since}} and refused from {{removedIn}}; use {{replacement}}",
      formatVariable: "log-format variable '%{{name}}' is deprecated and HAProxy {{version}} prints a warning for it; use '%{{replacement}}'",
      httpchkHeaders: "headers or a body after the HTTP version of 'option httpchk' are deprecated since HAProxy 2.2; send them with 'http-check send hdr NAME VALUE' (and 'body')",
    },
  },
  create(ctx) {
    // Wherever it is written: from 3.1 HAProxy reads it in its discovery pass, before any section.
    const exposed = ctx.config.globalLines('expose-deprecated-directives').length > 0;
    /** `warning`: the one HAProxy prints for it at the target version, when not silenced. */
    const report = (category: 'keyword' | 'action' | 'fetch', name: string, since: string, range: { start: number; end: number }, rewrite: (r: string) => TextEdit[] | undefined, warning?: DeprecationWarning): void => {
      const d = deprecatedReplacement(category, name);
      const fix = d?.mechanical ? rewrite(d.replacement) : undefined;
      const replacement = d ? (d.mechanical ? `'${d.replacement}'` : d.replacement) : '';
      if (warning && !(warning.exposable && exposed)) {
        const advice = `${replacement ? `; use ${replacement}` : ''}${warning.exposable ? " (or silence it with 'expose-deprecated-directives' in the global section)" : ''}`;
        ctx.report({ messageId: 'warned', data: { name, since, version: ctx.version, advice }, range, ...(fix ? { fix } : {}) });
        return;
      }
      ctx.report({ messageId: d ? 'deprecated' : 'deprecatedNoHint', data: { name, since, replacement }, range, ...(fix ? { fix } : {}) });
    };
    const bindDeprecations = DEPRECATION_WARNINGS.flatMap((d) =>
      // The message names the release that refuses it.
      d.scope === 'bind' && d.until !== undefined && deprecationWarning('bind', d.name, ctx.version) ? [{ name: d.name, since: d.from, removedIn: d.until, replacement: deprecatedReplacement('bind', d.name)?.replacement ?? '' }] : [],
    );
    // 2.4 only: its log.c reads the old spellings with a warning, 2.5 refuses them (invalid-log-format).
    const formatSpellings = compareVersions(ctx.version, '2.5') < 0;
    return {
      section(node) {
        // Known at the target only: a section it removed is removed-keyword's.
        const e = sectionEntry(node.keyword, ctx.version);
        if (!e || !deprecatedIn(e, ctx.version)) return;
        report('keyword', e.name, e.deprecatedSince!, node.section.keywordWord, () => undefined, deprecationWarning('section', e.name, ctx.version));
      },
      bind(st) {
        for (const d of bindDeprecations) {
          for (const p of st.params) if (p.name.value === d.name) ctx.report({ messageId: 'bindOption', data: d, range: p.name });
        }
      },
      statement(st, where) {
        const section = where.node?.keyword;
        if (section === undefined) return;
        const c = classify(st, section, ctx.version);
        // A line the target refuses outright is removed-keyword's.
        if (c.kind === 'ok' && deprecatedIn(c.match.entry, ctx.version) && !refusedBare(st, c, ctx.version)) {
          const e = c.match.entry;
          const range = leadingWords(st, c.match.consumed);
          const from = c.match.prefix ? 1 : 0;
          const words = st.words.slice(from, c.match.consumed);
          const warning = deprecationWarning(section === 'global' ? 'global' : 'proxy', e.name, ctx.version);
          // `master-worker no-exit-on-failure` is not the deprecated form: only the bare keyword warns.
          const warns = warning && !(warning.bareOnly && st.words.length > c.match.consumed) ? warning : undefined;
          report('keyword', e.name, e.deprecatedSince!, range, (r) => (words.every((w) => w.plain) ? [{ range: { start: words[0]!.start, end: words[words.length - 1]!.end }, newText: r }] : undefined), warns);
        }
        // Legacy keywords HAProxy still reads, ignores and warns about until their removal (bind-process in 2.5-2.6).
        if (st.modifier === undefined && where.proxy && IGNORED_FIRST_WORDS.has(st.keyword)) {
          const legacy = matchRemovedKeyword(st.args.length > 0 ? [st.keyword, st.args[0]!.value] : [st.keyword]);
          const e = legacy?.entry;
          if (e?.ignoredSince !== undefined && e.scope !== 'global' && versionLE(e.ignoredSince, ctx.version) && !versionLE(e.removedIn, ctx.version)) {
            ctx.report({ messageId: 'ignored', data: { name: e.name, since: e.ignoredSince, removedIn: e.removedIn, replacement: e.replacement.replace(/^nothing: (.*)$/s, 'remove it ($1)') }, range: leadingWords(st, legacy!.consumed), ...(e.mechanicalFix?.kind === 'removeLine' ? { fix: [removeStatement(st)] } : {}) });
          }
        }
        // `option httpchk METH URI "HTTP/1.1\r\nHost: x"`: the pre-2.2 way to add headers, which
        // 2.4-2.6 still split off the version, with a warning; 2.7 refuses it (removed-keyword).
        const vsn = httpchkHeaders(st);
        if (vsn && compareVersions(ctx.version, HTTPCHK_HEADERS_REMOVED) < 0) ctx.report({ messageId: 'httpchkHeaders', range: vsn });
        if ((st.type === 'rule') && st.action) {
          const name = actionName(st.action.value);
          const a = actionEntry(st.ruleset, name, ctx.version);
          if (a && deprecatedIn(a, ctx.version)) {
            const w = st.action;
            report('action', name, a.deprecatedSince!, { start: w.start, end: w.start + name.length }, (r) => (w.plain ? [{ range: { start: w.start, end: w.start + name.length }, newText: r }] : undefined));
          }
        }
        if (formatSpellings) {
          for (const f of formatsRead(st, where, ctx.config, ctx.version)) {
            for (const p of f.parts) {
              const replacement = p.type === 'var' && p.label === undefined ? logFormatVariable(p.name, ctx.version)?.replacement : undefined;
              if (p.type === 'var' && replacement) ctx.report({ messageId: 'formatVariable', data: { name: p.name, version: ctx.version, replacement }, range: p.nameRange, fix: [{ range: p.nameRange, newText: replacement }] });
            }
          }
        }
        for (const expr of samplesOf(st, where.doc.text, ctx.version)) {
          if (expr.error !== undefined) continue;
          const f = fetchEntry(expr.fetch.name, ctx.version);
          if (!f || !deprecatedIn(f, ctx.version)) continue;
          // The old names follow the rule's direction (hdr_cnt reads response headers in http-response):
          // renaming to req.* is only safe where the direction is the request.
          const requestSide = st.type === 'backend-rule' || (st.type === 'rule' && /^(http-request|tcp-request)/.test(st.ruleset));
          report('fetch', f.name, f.deprecatedSince!, expr.fetch.nameRange, (r) => (requestSide ? [{ range: expr.fetch.nameRange, newText: r }] : undefined));
        }
      },
    };
  },
});
