import { defineRule } from '../define-rule.js';
import { emptyArguments } from '../util/empty-arguments.js';
import { usesEnv } from '../util/env.js';

export default defineRule({
  id: 'ignored-after-empty-argument',
  meta: {
    description: 'Warn about words after an empty argument: up to 3.2 HAProxy ends the argument list at the empty word and never reads them',
    severity: 'warning',
    category: 'syntax',
    fixable: false,
    versions: { until: '3.3' },
    messages: {
      ignored: "empty argument: HAProxy ends the argument list here and ignores the {{count}} word(s) after it, from '{{next}}' (3.3 and later refuse the line)",
      ignoredEnv: "'{{word}}' is an empty argument here (the variable is not set): HAProxy ends the argument list there and ignores the {{count}} word(s) after it, from '{{next}}' (3.3 and later refuse the line)",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const doc of ctx.config.docs) {
        for (const { word, ignored } of emptyArguments(ctx.config, doc)) {
          if (ignored.length === 0) continue;
          const data = { word: word.raw, count: ignored.length, next: ignored[0]!.raw };
          ctx.report({ messageId: usesEnv(word) ? 'ignoredEnv' : 'ignored', data, range: word, doc });
        }
      }
    },
  }),
});
