/** Formatting options, their defaults, and how partial option sets are merged. */

export type EndOfLine = 'auto' | 'lf' | 'crlf';

export interface FormatOptions {
  /** Spaces per indentation level (ignored with `useTabs`). */
  readonly indentWidth: number;
  /** Indent with one tab per level. */
  readonly useTabs: boolean;
  /** Indent the content of `.if/.elif/.else` blocks one more level; false keeps them flat. */
  readonly indentConditionals: boolean;
  /** Most consecutive blank lines kept inside a section (between sections there is always one). */
  readonly maxBlankLines: number;
  /** Pad the name and address of `server` lines so that their parameters line up within a section. */
  readonly alignServers: boolean;
  /** `auto` keeps the style of the file's first line ending. */
  readonly endOfLine: EndOfLine;
  /** End the file with exactly one line ending; false keeps a missing one missing. */
  readonly finalNewline: boolean;
  /**
   * Format a document with syntax errors anyway, leaving the lines that hold an error byte-identical.
   * Off by default: the meaning of a broken line is not known, so neither is what preserves it.
   */
  readonly force: boolean;
}

export const DEFAULT_OPTIONS: FormatOptions = {
  indentWidth: 4,
  useTabs: false,
  indentConditionals: true,
  maxBlankLines: 1,
  alignServers: false,
  endOfLine: 'auto',
  finalNewline: true,
  force: false,
};

/** Later sources win; undefined fields do not override. */
export function mergeOptions(...sources: readonly (Partial<FormatOptions> | undefined)[]): FormatOptions {
  const out: Record<string, unknown> = { ...DEFAULT_OPTIONS };
  for (const src of sources) {
    if (!src) continue;
    for (const [k, v] of Object.entries(src)) if (v !== undefined && k in DEFAULT_OPTIONS) out[k] = v;
  }
  return validateOptions(out as unknown as FormatOptions);
}

export class FormatOptionsError extends Error {}

function validateOptions(o: FormatOptions): FormatOptions {
  const isCount = (n: unknown, max: number): boolean => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max;
  if (!isCount(o.indentWidth, 16) || o.indentWidth === 0) throw new FormatOptionsError(`indent width must be an integer from 1 to 16, got ${String(o.indentWidth)}`);
  if (!isCount(o.maxBlankLines, 100)) throw new FormatOptionsError(`max blank lines must be an integer from 0 to 100, got ${String(o.maxBlankLines)}`);
  if (!['auto', 'lf', 'crlf'].includes(o.endOfLine)) throw new FormatOptionsError(`end of line must be auto, lf or crlf, got ${String(o.endOfLine)}`);
  for (const k of ['useTabs', 'indentConditionals', 'alignServers', 'finalNewline', 'force'] as const) {
    if (typeof o[k] !== 'boolean') throw new FormatOptionsError(`${k} must be true or false, got ${String(o[k])}`);
  }
  return o;
}
