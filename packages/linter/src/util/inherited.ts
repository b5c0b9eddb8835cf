/** Reporting a setting that a proxy has itself or inherits from its defaults section. */
import type { Proxy, SectionNode } from '@hacfg/model';
import type { Statement } from '@hacfg/syntax';
import type { RuleContext } from '../types.js';

export interface SettingLine {
  readonly statement: Statement;
  /** The proxy or defaults section the line is written in (a model `Setting` fits too). */
  readonly from: SectionNode;
}

/**
 * At the line when the proxy has it itself; else at the proxy's name, with the line (perhaps in
 * another file) as a related location.
 */
export function reportSetting(ctx: RuleContext, p: Proxy, line: SettingLine, messageId: string, data: Readonly<Record<string, string | number>>, related: string): void {
  if (line.from === p) ctx.report({ messageId, data, range: line.statement.range, doc: p.doc });
  else ctx.report({ messageId, data, range: p.section.name ?? p.section.keywordWord, doc: p.doc, related: [{ message: related, range: line.statement.range, doc: line.from.doc }] });
}

/** The last line matching `test` along the defaults chain, the proxy's own lines first (as HAProxy keeps the setting). */
export function lastAlongChain(p: Proxy, test: (st: Statement) => boolean): SettingLine | undefined {
  for (let q: Proxy | undefined = p; q; q = q.defaults) {
    const own = q.statements.findLast(test);
    if (own) return { statement: own, from: q };
  }
  return undefined;
}
