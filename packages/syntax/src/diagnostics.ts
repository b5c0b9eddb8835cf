/** Diagnostics and edits, as offsets: line/column are computed only at the edges (CLI, LSP). */
import type { TextRange } from './cst/types.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface TextEdit {
  readonly range: TextRange;
  readonly newText: string;
}

export interface RelatedInformation {
  readonly message: string;
  readonly range: TextRange;
}

export interface Diagnostic {
  /** Stable identifier: a syntax error code (`unterminated-quote`) or a lint rule id. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: TextRange;
  readonly related?: readonly RelatedInformation[];
  /** Edits that fix the problem; safe to apply without review. */
  readonly fix?: readonly TextEdit[];
  /** Machine-readable details for code actions. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** Applies non-overlapping edits to `text` (edits may come in any order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.range.start < pos) throw new Error(`overlapping edits at offset ${e.range.start}`);
    out += text.slice(pos, e.range.start) + e.newText;
    pos = e.range.end;
  }
  return out + text.slice(pos);
}
