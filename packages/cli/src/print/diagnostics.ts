/** `file:line:col: severity: message [code]`, the compact form every editor can jump to. */
import type { Diagnostic, LineIndex } from '@hacfg/syntax';

export function formatCompact(path: string, index: LineIndex, d: Diagnostic): string {
  const p = index.positionAt(d.range.start);
  return `${path}:${p.line + 1}:${p.column + 1}: ${d.severity}: ${d.message} [${d.code}]`;
}
