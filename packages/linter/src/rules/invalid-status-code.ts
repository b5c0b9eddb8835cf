import { atol, errorStatusCodes } from '@hacfg/catalog';
import type { Statement, Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { wordAfter } from '../util/words.js';

/** Keywords whose first argument is a status code HAProxy must have an error message for. */
const ERROR_KEYWORDS = ['errorfile', 'errorloc', 'errorloc302', 'errorloc303'];
const DENYING = new Set(['deny', 'tarpit']);

export default defineRule({
  id: 'invalid-status-code',
  meta: {
    description: "Disallow status codes HAProxy refuses: error messages ('errorfile', 'errorloc', 'http-error', 'deny_status') only for the codes it keeps one for, 'return status' only from 200 to 599",
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: {
      notHandled: "status code '{{code}}' not handled by '{{keyword}}': HAProxy {{version}} keeps error messages for {{codes}}",
      range: "'{{keyword}} status {{code}}': HAProxy expects a status from 200 to 599",
    },
  },
  create: (ctx) => {
    const list = errorStatusCodes(ctx.version);
    const codes = new Set(list);
    // HAProxy reads every status code here with atol(): `5x02` is 5, `x503` is 0.
    const notHandled = (w: Word | undefined, keyword: string): void => {
      if (!w?.plain || codes.has(atol(w.value))) return;
      ctx.report({ messageId: 'notHandled', data: { code: w.value, keyword, version: ctx.version, codes: list.join(', ') }, range: w });
    };
    const errorKeyword = (st: Statement): void => notHandled(st.args[0], st.keyword);
    return {
      ...Object.fromEntries(ERROR_KEYWORDS.map((k) => [`keyword:${k}`, errorKeyword])),
      'keyword:http-error'(st) {
        if (st.args[0]?.value === 'status') notHandled(st.args[1], st.keyword);
      },
      rule(st) {
        const action = st.action?.value;
        if (action !== undefined && DENYING.has(action)) notHandled(wordAfter(st.actionArgs, 'deny_status'), `${st.ruleset} ${action} deny_status`);
        if (action !== 'return') return;
        const w = wordAfter(st.actionArgs, 'status');
        if (w?.plain && (atol(w.value) < 200 || atol(w.value) > 599)) ctx.report({ messageId: 'range', data: { keyword: `${st.ruleset} return`, code: w.value }, range: w });
      },
    };
  },
});
