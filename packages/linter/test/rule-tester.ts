/**
 * The one helper every rule test goes through: valid cases must not report the rule; invalid
 * cases must report exactly the listed problems (message id, 1-based line/column/endLine/endColumn)
 * and, when `output` is given, fixing must produce it (`null`: nothing to fix).
 */
import type { HaproxyVersion } from '@hacfg/catalog';
import { parse } from '@hacfg/syntax';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine.js';
import type { Rule } from '../src/types.js';

export interface ExpectedProblem {
  readonly messageId?: string;
  readonly message?: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}
export interface ValidCase {
  readonly code: string | readonly string[];
  readonly version?: HaproxyVersion;
  readonly name?: string;
  /** Rules run beside the one under test (whose findings it builds on); their own messages are not compared. */
  readonly with?: readonly Rule[];
  /** The environment HAProxy would start with (default: empty). */
  readonly env?: Readonly<Record<string, string>>;
}
export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedProblem[];
  readonly output?: string | null;
}

/** Lines joined with LF, with a final LF, so cases read like configuration files. */
export const cfg = (...lines: string[]): string => lines.join('\n') + '\n';

function problems(rule: Rule, c: ValidCase) {
  const docs = (typeof c.code === 'string' ? [c.code] : c.code).map((t, i) => parse(t, { fileName: `f${i}.cfg` }));
  const results = lint(docs, { haproxyVersion: c.version ?? '2.6', ruleSet: [rule, ...(c.with ?? [])], ...(c.env ? { env: c.env } : {}) });
  return { docs, results, messages: results.flatMap((r) => r.messages.filter((m) => m.ruleId === rule.id)) };
}

export function ruleTester(rule: Rule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describe(rule.id, () => {
    it('has valid and invalid cases', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    cases.valid.forEach((c, i) => {
      it(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        expect(problems(rule, c).messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const { docs, messages } = problems(rule, c);
        const got = messages.map((m, j) => {
          const want = c.errors[j];
          return {
            ...(want?.messageId !== undefined ? { messageId: m.messageId } : {}),
            ...(want?.message !== undefined ? { message: m.message } : {}),
            line: m.line,
            column: m.column,
            endLine: m.endLine,
            endColumn: m.endColumn,
          };
        });
        expect(got).toEqual(c.errors.map((e) => ({ ...e })));
        if (c.output !== undefined) {
          const fixed = lint(docs, { haproxyVersion: c.version ?? '2.6', ruleSet: [rule], fix: true });
          expect(fixed[0]!.output ?? null).toEqual(c.output);
        }
      });
    });
  });
}
