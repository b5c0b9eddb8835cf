/**
 * A JSON view of a document for tools: ranges become 1-based line/column pairs (plus offsets),
 * words become `{ value, raw, range }`, lines become their 1-based numbers.
 */
import { Word, type Line, type TextRange } from './cst/types.js';
import type { LineIndex } from './line-index.js';
import type { Document } from './parse.js';

export interface JsonPosition {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}
export interface JsonRange {
  readonly start: JsonPosition;
  readonly end: JsonPosition;
}

export function jsonRange(index: LineIndex, r: TextRange): JsonRange {
  const a = index.positionAt(r.start);
  const b = index.positionAt(r.end);
  return { start: { line: a.line + 1, column: a.column + 1, offset: r.start }, end: { line: b.line + 1, column: b.column + 1, offset: r.end } };
}

function isLine(v: object): v is Line {
  return 'contentEnd' in v && 'index' in v;
}

// `words` repeats what keywordWord/args hold; `header` is the section's first line.
const DROPPED = new Set(['words']);

function convert(v: unknown, index: LineIndex): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => convert(x, index));
  if (v instanceof Word) return { value: v.value, raw: v.raw, range: jsonRange(index, v) };
  if (isLine(v)) return v.index + 1;
  // Lazy nodes (sections) say which of their fields are data.
  if ('toJSON' in v && typeof v.toJSON === 'function') return convert(v.toJSON(), index);
  const o = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const hasOwnRange = typeof o.start === 'number' && typeof o.end === 'number';
  for (const [k, x] of Object.entries(o)) {
    if (DROPPED.has(k) || x === undefined) continue;
    if (hasOwnRange && (k === 'start' || k === 'end')) continue;
    out[k] = k === 'range' || k.endsWith('Range') ? (x && typeof x === 'object' ? jsonRange(index, x as TextRange) : x) : convert(x, index);
  }
  if (hasOwnRange) out.range = jsonRange(index, o as unknown as TextRange);
  return out;
}

export function documentToJson(doc: Document): unknown {
  const index = doc.lineIndex;
  return {
    fileName: doc.fileName,
    lineCount: doc.lines.length,
    preamble: convert(doc.preamble, index),
    sections: convert(doc.sections, index),
    conditionals: convert(doc.conditionals, index),
    diagnostics: convert(doc.diagnostics, index),
  };
}
