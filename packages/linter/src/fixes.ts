/** Applying the fixes of lint messages: non-overlapping ones, first come first served. */
import { applyEdits, type TextEdit } from '@hacfg/syntax';
import type { LintMessage } from './types.js';

export function applyFixes(text: string, messages: readonly LintMessage[]): { output: string; applied: number } {
  const chosen: TextEdit[] = [];
  let applied = 0;
  const sorted = messages.filter((m) => m.fix && m.fix.length > 0).sort((a, b) => a.range.start - b.range.start);
  for (const m of sorted) {
    const edits = m.fix!;
    const clash = edits.some((e) => chosen.some((c) => e.range.start < c.range.end && c.range.start < e.range.end || (e.range.start === c.range.start && e.range.end === c.range.end)));
    if (clash) continue;
    chosen.push(...edits);
    applied++;
  }
  return { output: applied > 0 ? applyEdits(text, chosen) : text, applied };
}
