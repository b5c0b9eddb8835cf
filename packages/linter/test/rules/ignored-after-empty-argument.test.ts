import rule from '../../src/rules/ignored-after-empty-argument.js';
import unknownBindOption from '../../src/rules/unknown-bind-option.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'an empty last word hides nothing', code: cfg('backend b', '    timeout server 5s ""') },
    { code: cfg('backend b', '    server s1 10.0.0.1:80 "${W}" check'), env: { W: 'weight 10' } },
    { name: 'from 3.3 the line is refused (empty-argument)', code: cfg('backend b', '    timeout server 5s "" 10s'), version: '3.3' },
  ],
  invalid: [
    {
      code: cfg('backend b', '    timeout server 5s "" 10s', "    server s1 10.0.0.1:80 '' check inter 2s"),
      errors: [
        { messageId: 'ignored', message: "empty argument: HAProxy ends the argument list here and ignores the 1 word(s) after it, from '10s' (3.3 and later refuse the line)", line: 2, column: 23, endLine: 2, endColumn: 25 },
        { messageId: 'ignored', message: "empty argument: HAProxy ends the argument list here and ignores the 3 word(s) after it, from 'check' (3.3 and later refuse the line)", line: 3, column: 27, endLine: 3, endColumn: 29 },
      ],
    },
    {
      name: 'what other rules find after the empty word is not what HAProxy reads',
      code: cfg('frontend f', '    bind :80 "${TLS}" ssl crtt x'),
      version: '3.2',
      with: [unknownBindOption],
      errors: [
        {
          messageId: 'ignoredEnv',
          message: "'\"${TLS}\"' is an empty argument here (the variable is not set): HAProxy ends the argument list there and ignores the 3 word(s) after it, from 'ssl' (3.3 and later refuse the line)",
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 22,
        },
      ],
    },
  ],
});
