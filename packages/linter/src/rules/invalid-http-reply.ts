import { atol } from '@hacfg/catalog';
import type { Word } from '@hacfg/syntax';
import { replyOptions } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { parsedArgs } from '../util/env.js';
import { statsHttpRequest } from '../util/stats-rules.js';

// The reply of `return`, `deny` and `tarpit`, read by model's replyOptions: at most one payload.
const PAYLOADS = new Set(['errorfiles', 'default-errorfiles', 'errorfile', 'file', 'string', 'lf-file', 'lf-string']);
const ACTIONS = new Set(['return', 'deny', 'tarpit']);

export default defineRule({
  id: 'invalid-http-reply',
  meta: {
    description: "Disallow 'return', 'deny', 'tarpit' and 'http-error' replies HAProxy cannot build: unknown options, options without their value, two payloads, a text payload without a content type, a body on a 204/304, an 'http-error' without its status",
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      unknown: "'{{action}}' does not know '{{word}}' (it takes status, content-type, hdr and one payload: string, lf-string, file, lf-file, errorfile, errorfiles or default-errorfiles)",
      noValue: "'{{word}}' needs a value after it",
      hdr: "'hdr' needs a header name and a value",
      twoPayloads: "'{{word}}' is a second payload: '{{first}}' already defines this reply's body",
      noContentType: "a '{{word}}' body needs a 'content-type'",
      noBody: "a {{status}} response has no body: remove '{{word}}'",
      noStatus: "'http-error' needs the status it replaces: 'http-error status <code> …'",
    },
  },
  create: (ctx) => {
    /** `directive`: the keyword of an `http-error` line, whose reply has no default status. */
    const check = (name: string, action: string, actionArgs: readonly Word[], source: string, directive?: Word): void => {
      const words = parsedArgs(actionArgs, source, ctx.env);
      let start = 0;
      let status = action === 'return' ? 200 : undefined;
      if (action !== 'return' && words[0]?.value === 'deny_status') {
        // `deny_status <code>` alone is the legacy form; followed by more, it reads as `status`.
        if (!words[1]?.value) return ctx.report({ messageId: 'noValue', data: { word: 'deny_status' }, range: words[0] });
        if (words.length <= 2) return;
        status = atol(words[1]!.value);
        start = 2;
      }
      let payload: Word | undefined;
      let contentType = false;
      /** The text body (`string` with text, `lf-string`, `lf-file`): it needs a content type and a status with a body. */
      let text: Word | undefined;
      for (const { word: w, known, values } of replyOptions(words, start)) {
        const option = w.value;
        if (option === 'hdr') {
          if (!values[0]?.value || !values[1]?.value) return ctx.report({ messageId: 'hdr', range: w });
          continue;
        }
        if (!known) return ctx.report({ messageId: 'unknown', data: { action: name, word: option }, range: w });
        if (PAYLOADS.has(option)) {
          if (payload) return ctx.report({ messageId: 'twoPayloads', data: { word: option, first: payload.value }, range: w });
          payload = w;
        }
        if (option === 'default-errorfiles') continue;
        const v = values[0];
        if (!v || v.value === '') return ctx.report({ messageId: 'noValue', data: { word: option }, range: w });
        if (option === 'status') status = atol(v.value);
        else if (option === 'content-type') contentType = true;
        else if (option === 'lf-string' || option === 'lf-file' || (option === 'string' && v.value !== '')) text = w;
      }
      if (directive && status === undefined) return ctx.report({ messageId: 'noStatus', range: directive });
      if (!text) return;
      if (status === 204 || status === 304) return ctx.report({ messageId: 'noBody', data: { status: String(status), word: text.value }, range: text });
      if (!contentType) ctx.report({ messageId: 'noContentType', data: { word: text.value }, range: text });
    };
    return {
      rule(st, where) {
        const action = st.action?.value;
        if (action !== undefined && ACTIONS.has(action) && st.ruleset.startsWith('http-') && st.modifier === undefined) check(`${st.ruleset} ${action}`, action, st.actionArgs, where.doc.text);
      },
      // proxy_parse_http_error(): the words must all be reply options, `status` among them.
      'keyword:http-error'(st, where) {
        if (where.proxy && st.modifier === undefined) check('http-error', 'http-error', st.args, where.doc.text, st.keywordWord);
      },
      // The stats page's `stats http-request deny …` builds the same reply.
      stats(st, where) {
        const r = statsHttpRequest(st);
        if (r?.action && ACTIONS.has(r.action.value) && where.proxy) check(`http-request ${r.action.value}`, r.action.value, r.actionArgs, where.doc.text);
      },
    };
  },
});
