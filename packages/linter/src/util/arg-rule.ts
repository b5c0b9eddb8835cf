/** Builds the rules that report one kind of argument issue found by util/args.ts. */
import { defineRule } from '../define-rule.js';
import type { Rule, RuleMeta, StatementVisitor } from '../types.js';
import { argIssues, type ArgIssue, type ArgIssueKind } from './args.js';

export function argRule(id: string, kind: ArgIssueKind, meta: RuleMeta, extra: { filter?: (i: ArgIssue) => boolean; statement?: (ctx: Parameters<Rule['create']>[0]) => StatementVisitor } = {}): Rule {
  return defineRule({
    id,
    meta,
    create(ctx) {
      const more = extra.statement?.(ctx);
      return {
        statement(st, where) {
          for (const i of argIssues(st, where, ctx)) if (i.kind === kind && (extra.filter?.(i) ?? true)) ctx.report({ messageId: i.messageId, data: i.data, range: i.range });
          more?.(st, where);
        },
      };
    },
  });
}
