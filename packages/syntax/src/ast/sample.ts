/**
 * Sample expressions (`req.hdr(host),lower,map(/etc/x.map)`) and log-format strings (`%[src] %ci`),
 * parsed from a word's value with ranges mapped back to the source.
 */
import { wordRange } from '../cst/offsets.js';
import type { TextRange, Word } from '../cst/types.js';
import type { LogFormatPart, SampleArg, SampleCall, SampleExpr } from './types.js';

type RangeOf = (from: number, to: number) => TextRange;

/** Index of the `)` closing the `(` at `open`, honouring quotes and backslashes; -1 when missing. */
function closingParen(s: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function splitArgs(s: string, from: number, to: number, rangeOf: RangeOf): SampleArg[] {
  const args: SampleArg[] = [];
  let start = from;
  let depth = 0;
  let quote = '';
  for (let i = from; i <= to; i++) {
    const c = s[i];
    if (i < to && c === '\\') {
      i++;
      continue;
    }
    if (i < to && quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (i < to && (c === '"' || c === "'")) quote = c;
    else if (i < to && c === '(') depth++;
    else if (i < to && c === ')') depth--;
    else if (i === to || (c === ',' && depth === 0)) {
      args.push({ value: s.slice(start, i), range: rangeOf(start, i) });
      start = i + 1;
    }
  }
  return args.length === 1 ? [args[0]!] : args.slice();
}

const NO_CALLS: readonly SampleCall[] = Object.freeze([]);

/** Parses `s.slice(from, to)` as a sample expression. */
export function parseSampleText(s: string, rangeOf: RangeOf, from = 0, to = s.length): SampleExpr {
  const calls: SampleCall[] = [];
  let error: string | undefined;
  let i = from;
  while (i < to) {
    const nameStart = i;
    while (i < to && s[i] !== '(' && s[i] !== ',' && s[i] !== ')') i++;
    const nameEnd = i;
    let args: SampleArg[] | undefined;
    if (s[i] === '(' && i < to) {
      const close = closingParen(s, i);
      if (close === -1 || close >= to) {
        error ??= `missing closing parenthesis after '${s.slice(nameStart, nameEnd)}('`;
        args = splitArgs(s, i + 1, to, rangeOf);
        i = to;
      } else {
        args = close === i + 1 ? [] : splitArgs(s, i + 1, close, rangeOf);
        i = close + 1;
      }
    }
    if (nameEnd === nameStart) error ??= calls.length === 0 ? 'missing fetch name' : 'empty converter name';
    calls.push({ name: s.slice(nameStart, nameEnd), nameRange: rangeOf(nameStart, nameEnd), args, range: rangeOf(nameStart, i) });
    if (i < to) {
      if (s[i] === ',') {
        i++;
        if (i === to) error ??= 'trailing comma after converter list';
      } else {
        error ??= `unexpected '${s[i]}' in sample expression`;
        i++;
      }
    }
  }
  if (calls.length === 0) calls.push({ name: '', nameRange: rangeOf(from, from), args: undefined, range: rangeOf(from, from) });
  const fetch = calls[0]!;
  // Most expressions have no converter: one shared empty list instead of one per expression.
  const converters = calls.length > 1 ? calls.slice(1) : NO_CALLS;
  return { type: 'sample', fetch, converters, range: rangeOf(from, to), error: error ?? (fetch.name ? undefined : 'missing fetch name') };
}

export function parseSampleWord(word: Word, source: string): SampleExpr {
  return parseSampleText(word.value, (a, b) => wordRange(word, source, a, b));
}

/** Index of the `]` closing the `[` at `open` (nested brackets allowed); -1 when missing. */
function closingBracket(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '[') depth++;
    else if (s[i] === ']' && --depth === 0) return i;
  }
  return -1;
}

/** Parses a log-format string: literals, `%[expr]`, `%{+Q}[expr]`, `%ci`, `%{+Q}o`, `%%`. */
export function parseLogFormatText(s: string, rangeOf: RangeOf): LogFormatPart[] {
  const parts: LogFormatPart[] = [];
  let lit = 0;
  const flushLiteral = (to: number): void => {
    if (to > lit) parts.push({ type: 'literal', value: s.slice(lit, to), range: rangeOf(lit, to) });
  };
  let i = 0;
  while (i < s.length) {
    if (s[i] !== '%') {
      i++;
      continue;
    }
    if (s[i + 1] === '%') {
      i += 2;
      continue;
    }
    flushLiteral(i);
    const start = i;
    let j = i + 1;
    let flags: string | undefined;
    if (s[j] === '{') {
      const close = s.indexOf('}', j);
      if (close !== -1) {
        flags = s.slice(j + 1, close);
        j = close + 1;
      }
    }
    if (s[j] === '[') {
      const close = closingBracket(s, j);
      const end = close === -1 ? s.length : close;
      const expr = parseSampleText(s, rangeOf, j + 1, end);
      const withError = close === -1 ? { ...expr, error: expr.error ?? "missing closing ']' in '%[' expression" } : expr;
      i = close === -1 ? s.length : close + 1;
      parts.push({ type: 'expr', flags, expr: withError, range: rangeOf(start, i) });
    } else {
      let k = j;
      while (k < s.length && /[A-Za-z_]/.test(s[k]!)) k++;
      parts.push({ type: 'var', flags, name: s.slice(j, k), range: rangeOf(start, k) });
      i = k;
    }
    lit = i;
  }
  flushLiteral(s.length);
  return parts.slice();
}

export function parseLogFormatWord(word: Word, source: string): LogFormatPart[] {
  return parseLogFormatText(word.value, (a, b) => wordRange(word, source, a, b));
}
