import { logFormatFlags } from '@hacfg/catalog';
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
     * As parse_logformat_var_args() reads a part's flags: items split on ',', each naming the flag
     * after its last '+' or '-'. Items get exact ranges when the flags are written as they read.
     */
    return formatVisitors(ctx, (f) => {
      for (const p of f.parts) {
        if ((p.type !== 'var' && p.type !== 'expr') || !p.flags || !p.flagsRange) continue;
        const exact = p.flagsRange.end - p.flagsRange.start === p.flags.length;
        let offset = 0;
        for (const item of p.flags.split(',')) {
          const at = p.flagsRange.start + offset;
          const range = exact ? { start: at, end: at + item.length } : p.flagsRange;
          offset += item.length + 1;
          const sign = Math.max(item.lastIndexOf('+'), item.lastIndexOf('-'));
          if (sign === -1 && known.includes(item)) ctx.report({ messageId: 'unsigned', data: { flag: item }, range, ...(exact ? { fix: [{ range: { start: at, end: at }, newText: '+' }] } : {}) });
          else if (item !== '' && !known.includes(item.slice(sign + 1))) ctx.report({ messageId: 'unknown', data: { flag: item, known: knownText }, range });
        }
      }
    });
  },
});
