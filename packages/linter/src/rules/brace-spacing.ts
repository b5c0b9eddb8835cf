import { conditionOf } from '@hacfg/model';
import type { TextEdit, Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

/** Whether a `}` word closes the anonymous ACL holding word `k` (before another block opens). */
function closedLater(words: readonly Word[], k: number): boolean {
  for (let j = k + 1; j < words.length; j++) {
    const v = words[j]!.value;
    if (v === '}') return true;
    if (v === '{' || v === '!{') return false;
  }
  return false;
}

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
      const words = st.words;
      for (let k = 0; k < words.length; k++) {
        const w = words[k]!;
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
        // A pattern ending in '}' (`a{3}`) is fine when a '}' of its own closes the block after it.
        if (v.length > 1 && v.endsWith('}') && !v.startsWith('%[') && !/\$\{[^}]*\}$/.test(v) && !closedLater(words, k)) {
          ctx.report({ messageId: 'close', data: { word: w.value }, range: w, fix: [{ range: { start: w.end - 1, end: w.end - 1 }, newText: ' ' }] });
        }
      }
    },
  }),
});
