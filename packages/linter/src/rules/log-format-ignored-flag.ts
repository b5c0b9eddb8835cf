import { logFormatFlags } from '@hacfg/catalog';
import type { TextRange } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { formatVisitors } from '../util/formats.js';

export default defineRule({
  id: 'log-format-ignored-flag',
  meta: {
    description: "Warn about %{…} log-format flags HAProxy silently ignores: unknown names, or a name without '+' or '-'",
    severity: 'warning',
    category: 'suggestion',
    fixable: true,
    messages: {
      unknown: "'{{flag}}' is no log-format flag ({{known}}): HAProxy ignores it",
      unsigned: "'{{flag}}' without '+' or '-' is ignored by HAProxy: write '+{{flag}}' to set it",
    },
  },
  create(ctx) {
    const known = logFormatFlags(ctx.version);
    const knownText = known.map((f) => `+${f}`).join(', ');
    /**
     * As parse_logformat_var_args() reads `flags` (the text between the braces, at `at` in the
     * source when the word is written plainly): items split on ',', each naming the flag after
     * its last '+' or '-'.
     */
    const check = (flags: string, at: number | undefined, partRange: TextRange): void => {
      let start = 0;
      for (const item of flags.split(',')) {
        const range = at === undefined ? partRange : { start: at + start, end: at + start + item.length };
        const sign = Math.max(item.lastIndexOf('+'), item.lastIndexOf('-'));
        if (sign === -1) {
          if (known.includes(item)) ctx.report({ messageId: 'unsigned', data: { flag: item }, range, ...(at !== undefined ? { fix: [{ range: { start: range.start, end: range.start }, newText: '+' }] } : {}) });
          else if (item !== '') ctx.report({ messageId: 'unknown', data: { flag: item, known: knownText }, range });
        } else if (!known.includes(item.slice(sign + 1))) ctx.report({ messageId: 'unknown', data: { flag: item, known: knownText }, range });
        start += item.length + 1;
      }
    };
    return formatVisitors(ctx, (f, where) => {
      for (const p of f.parts) {
        if ((p.type !== 'var' && p.type !== 'expr') || !p.flags) continue;
        // Exact ranges when the part is written as it reads (no quotes or escapes inside it).
        const raw = where.doc.text.slice(p.range.start, p.range.end);
        const open = raw.indexOf('{');
        const at = open !== -1 && raw.slice(open + 1, open + 1 + p.flags.length) === p.flags ? p.range.start + open + 1 : undefined;
        check(p.flags, at, p.range);
      }
    });
  },
});
