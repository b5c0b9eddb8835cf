/** Global settings written more than once: their lines in load order, and reports against the first. */
import type { Config, GlobalLine } from '@hacfg/model';
import type { RuleContext } from '../types.js';
import { lineRef } from './ranges.js';

/** The global lines of one setting that several keywords may write (`user`/`uid`), in load order. */
export function settingLines(config: Config, keywords: readonly string[]): readonly GlobalLine[] {
  if (keywords.length === 1) return config.globalLines(keywords[0]!);
  return keywords.flatMap((k) => config.globalLines(k)).sort((a, b) => a.section.index - b.section.index || a.statement.range.start - b.statement.range.start);
}

/** Reports each of `later` at its keyword, naming the line of `first` (`data.line`) and pointing at it. */
export function reportAgainstFirst(ctx: RuleContext, first: GlobalLine, later: readonly GlobalLine[], messageId: string, data: Readonly<Record<string, string>>, related: string): void {
  for (const { statement, section } of later) {
    ctx.report({
      messageId,
      data: { ...data, name: statement.keyword, line: lineRef(first.section.doc, first.statement.range.start, section.doc) },
      range: statement.keywordWord,
      doc: section.doc,
      related: [{ message: related, range: first.statement.range, doc: first.section.doc }],
    });
  }
}
