import { defineRule } from '../define-rule.js';
import { emptyArguments } from '../util/empty-arguments.js';
import { usesEnv } from '../util/env.js';

export default defineRule({
  id: 'empty-argument',
  meta: {
    description: "Disallow empty arguments (`\"\"`, `''`, an unset `\"${VAR}\"`), which HAProxy 3.3 and later refuse on any line",
    severity: 'error',
    category: 'syntax',
    fixable: false,
    versions: { since: '3.3' },
    messages: {
      empty: 'empty argument: from HAProxy 3.3 a line holding an empty word is refused',
      emptyEnv: "'{{word}}' is an empty argument here (the variable is not set): from HAProxy 3.3 a line holding an empty word is refused",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const doc of ctx.config.docs) {
        for (const { word } of emptyArguments(ctx.config, doc)) {
          ctx.report({ messageId: usesEnv(word) ? 'emptyEnv' : 'empty', data: { word: word.raw }, range: word, doc });
        }
      }
    },
  }),
});
