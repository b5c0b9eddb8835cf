import { errorStatusCodes } from '@hacfg/catalog';
import type { Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

/** Keywords whose first argument is a status code HAProxy must have an error message for. */
const ERROR_KEYWORDS = new Set(['errorfile', 'errorloc', 'errorloc302', 'errorloc303']);
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
    const codes = new Set(errorStatusCodes(ctx.version));
    const list = errorStatusCodes(ctx.version).join(', ');
    const notHandled = (w: Word | undefined, keyword: string): void => {
      if (!w?.plain || !/^\d+$/.test(w.value) || codes.has(Number(w.value))) return;
      ctx.report({ messageId: 'notHandled', data: { code: w.value, keyword, version: ctx.version, codes: list }, range: w });
    };
    const after = (words: readonly Word[], key: string): Word | undefined => words[words.findIndex((w) => w.value === key) + 1];
    return {
      statement(st) {
        if (ERROR_KEYWORDS.has(st.keyword) || (st.keyword === 'http-error' && st.args[0]?.value === 'status')) {
          notHandled(st.keyword === 'http-error' ? st.args[1] : st.args[0], st.keyword);
          return;
        }
        if (st.type !== 'rule' || !st.action) return;
        const action = st.action.value;
        if (DENYING.has(action) && st.actionArgs.some((w) => w.value === 'deny_status')) notHandled(after(st.actionArgs, 'deny_status'), `${st.ruleset} ${action} deny_status`);
        if (action === 'return' && st.actionArgs.some((w) => w.value === 'status')) {
          const w = after(st.actionArgs, 'status');
          if (w?.plain && /^\d+$/.test(w.value) && (Number(w.value) < 200 || Number(w.value) > 599)) ctx.report({ messageId: 'range', data: { keyword: `${st.ruleset} return`, code: w.value }, range: w });
        }
      },
    };
  },
});
