/** Diagnostics that come from the bytes of a line: quotes, escapes, env names, CR, NUL, BOM, final LF. */
import type { CstLine, Line, Piece } from '../cst/types.js';
import type { Diagnostic } from '../diagnostics.js';

function pieceDiagnostics(p: Piece, line: Line, out: Diagnostic[]): void {
  switch (p.kind) {
    case 'dquote':
    case 'squote':
      if (!p.closed) out.push({ code: 'unterminated-quote', severity: 'error', message: 'unmatched quote: the line ends inside this string', range: { start: p.start, end: line.contentEnd } });
      if (p.kind === 'dquote') for (const q of p.parts) pieceDiagnostics(q, line, out);
      break;
    case 'bad-escape':
      out.push({ code: 'invalid-escape', severity: 'error', message: "truncated or invalid hexadecimal sequence: '\\x' needs two hex digits", range: p });
      break;
    case 'bad-env':
      out.push({ code: 'invalid-env-name', severity: 'error', message: "forbidden first char in environment variable name after '$'", range: p });
      break;
    case 'env':
      if (!p.closed) out.push({ code: 'unmatched-env-brace', severity: 'error', message: `unmatched brace in environment variable name '\${${p.name}'`, range: p });
      break;
    default:
  }
}

export function lexicalDiagnostics(lines: readonly Line[], text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  let nul = text.indexOf('\0');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.bom) out.push({ code: 'byte-order-mark', severity: 'error', message: 'byte-order mark at the start of the file: HAProxy reads it as part of the first keyword', range: line.bom, fix: [{ range: line.bom, newText: '' }] });
    if (!(line as CstLine).plainRun) for (const w of line.words) if (!w.plain) for (const p of w.pieces) pieceDiagnostics(p, line, out);
    while (nul !== -1 && nul < line.start) nul = text.indexOf('\0', nul + 1);
    if (nul !== -1 && nul < line.end) out.push({ code: 'nul-character', severity: 'error', message: 'stray NUL character: HAProxy stops reading the file here', range: { start: nul, end: nul + 1 } });
    else if (line.ignored) out.push({ code: 'carriage-return', severity: 'warning', message: 'carriage return in the middle of a line: HAProxy ignores the rest of the line', range: line.ignored });
  }
  const last = lines[lines.length - 1];
  if (last && !last.eol && last.end > last.start) {
    // The added line ending is the one the line before uses: a CRLF file stays CRLF.
    const prev = lines[lines.length - 2]?.eol;
    const eol = prev ? text.slice(prev.start, prev.end) : '\n';
    out.push({ code: 'missing-final-newline', severity: 'error', message: 'missing LF on last line: HAProxy rejects a file that may have been truncated', range: { start: last.end, end: last.end }, fix: [{ range: { start: last.end, end: last.end }, newText: eol }] });
  }
  return out;
}
