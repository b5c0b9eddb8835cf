/** The typed AST of a document without positions, to compare a file before and after formatting. */
import { documentToJson, parse } from '@hacfg/syntax';

// Everything that locates rather than means: ranges, line numbers, the line count.
const POSITIONAL = new Set(['range', 'line', 'header', 'lineCount', 'fileName']);

function strip(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(strip);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (!POSITIONAL.has(k) && !k.endsWith('Range')) out[k] = strip(x);
  return out;
}

export function astWithoutPositions(text: string): unknown {
  return strip(documentToJson(parse(text)));
}
