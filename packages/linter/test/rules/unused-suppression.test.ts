import rule from '../../src/rules/unused-suppression.js';
import unknownKeyword from '../../src/rules/unknown-keyword.js';
import { parse } from '@hacfg/syntax';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ code: cfg('global', '    maxconn 10') }],
  invalid: [
    {
      code: cfg('global', '    # hacfg-disable-next-line unknown-keyword', '    maxconn 10', '    daemon # hacfg-disable-line'),
      errors: [
        { messageId: 'unused', message: "unused suppression: no 'unknown-keyword' reported here", line: 2, column: 5, endLine: 2, endColumn: 46 },
        { messageId: 'unused', message: 'unused suppression: no any problem reported here', line: 4, column: 12, endLine: 4, endColumn: 32 },
      ],
    },
  ],
});

describe('suppressions', () => {
  const run = (text: string) => lint(parse(text), { haproxyVersion: '2.6', ruleSet: [unknownKeyword, rule] })[0]!.messages.map((m) => `${m.line}:${m.ruleId}`);
  it('silence the next line, the same line and ranges', () => {
    const text = cfg(
      'global',
      '    # hacfg-disable-next-line unknown-keyword',
      '    bogus1 on',
      '    bogus2 on # hacfg-disable-line unknown-keyword, other-rule',
      '    # hacfg-disable unknown-keyword',
      '    bogus3 on',
      '    bogus4 on',
      '    # hacfg-enable unknown-keyword',
      '    bogus5 on',
    );
    expect(run(text)).toEqual(['4:unused-suppression', '9:unknown-keyword']);
  });
});
