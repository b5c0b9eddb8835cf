import { conditionOf } from '@hacfg/model';
import type { TextEdit } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'brace-spacing',
  meta: {
    description: "Require '{' and '}' of anonymous ACLs to be words of their own, separated by spaces",
    severity: 'error',
    category: 'syntax',
    fixable: true,
    messages: {
      open: "'{{word}}' is read as an ACL name: put a space after '{'",
      close: "'{{word}}' does not close the anonymous ACL: put a space before '}'",
    },
  },
  create: (ctx) => ({
    statement(st) {
      const cond = conditionOf(st);
      if (!cond) return;
      for (const w of st.words) {
        if (w.start < cond.range.start || w.end > cond.range.end || !w.plain || w.value.length < 2) continue;
        // Cheap test first: only words with a brace at either end can be glued to one.
        const c0 = w.value.charCodeAt(0);
        if (c0 !== 123 /* { */ && c0 !== 33 /* ! */ && w.value.charCodeAt(w.value.length - 1) !== 125 /* } */) continue;
        const v = w.value.replace(/^!+/, '');
        const lead = w.value.length - v.length;
        if (v.length > 1 && v.startsWith('{')) {
          const fix: TextEdit[] = [{ range: { start: w.start + lead + 1, end: w.start + lead + 1 }, newText: ' ' }];
          ctx.report({ messageId: 'open', data: { word: w.value }, range: w, fix });
        }
        if (v.length > 1 && v.endsWith('}') && !v.startsWith('%[') && !/\$\{[^}]*\}$/.test(v)) {
          ctx.report({ messageId: 'close', data: { word: w.value }, range: w, fix: [{ range: { start: w.end - 1, end: w.end - 1 }, newText: ' ' }] });
        }
      }
    },
  }),
});
