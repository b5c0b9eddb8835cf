/**
 * Sample expressions (`req.hdr(host),lower,map(/etc/x.map)`) and log-format strings (`%[src] %ci`),
 * parsed from a word's value with ranges mapped back to the source.
 */
import { wordRange } from '../cst/offsets.js';
import type { TextRange, Word } from '../cst/types.js';
import type { LogFormatErrorCode, LogFormatPart, SampleArg, SampleCall, SampleExpr } from './types.js';

type RangeOf = (from: number, to: number) => TextRange;

/**
 * One argument as make_arg_list() (arg.c) reads it from `i`: it ends at the first ',' or ')' outside
 * quotes (a '(' means nothing: `regsub((a),b)` ends its list after `(a`), quotes are dropped, and
 * outside single quotes a backslash escapes '\\', ' ', '"' and "'" and writes CR, LF, TAB for r, n,
 * t; before anything else it stays, and the next character is read as usual.
 */
function readArg(s: string, i: number, to: number): { value: string; end: number } {
  let out = '';
  let squote = false;
  let dquote = false;
  while (i < to) {
    const c = s[i]!;
    if (c === '"' && !squote) dquote = !dquote;
    else if (c === "'" && !dquote) squote = !squote;
    else if (c === '\\' && !squote && i + 1 < to) {
      const n = s[i + 1]!;
      const escaped = n === '\\' || n === ' ' || n === '"' || n === "'" ? n : n === 'r' ? '\r' : n === 'n' ? '\n' : n === 't' ? '\t' : undefined;
      if (escaped !== undefined) {
        out += escaped;
        i += 2;
        continue;
      }
      out += c;
    } else if (!squote && !dquote && (c === ',' || c === ')')) break;
    else out += c;
    i++;
  }
  return { value: out, end: i };
}

/**
 * The argument list opening at `open` (a '('): its arguments (collected when `rangeOf` is given),
 * and the index after its ')' (-1 when the list is not closed before `to`). `()` holds no argument.
 */
function readArgs(s: string, open: number, to: number, rangeOf?: RangeOf): { args: SampleArg[]; end: number } {
  const args: SampleArg[] = [];
  if (s[open + 1] === ')' && open + 1 < to) return { args, end: open + 2 };
  let i = open + 1;
  for (;;) {
    const a = readArg(s, i, to);
    if (rangeOf) args.push({ value: a.value, range: rangeOf(i, a.end) });
    if (a.end >= to) return { args, end: -1 };
    if (s[a.end] === ')') return { args, end: a.end + 1 };
    i = a.end + 1;
  }
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
      const list = readArgs(s, i, to, rangeOf);
      args = list.args;
      if (list.end === -1) {
        error ??= `missing closing parenthesis after '${s.slice(nameStart, nameEnd)}('`;
        i = to;
      } else i = list.end;
    }
    if (nameEnd === nameStart) error ??= calls.length === 0 ? 'missing fetch name' : 'empty converter name';
    calls.push({ name: s.slice(nameStart, nameEnd), nameRange: rangeOf(nameStart, nameEnd), args, range: rangeOf(nameStart, i) });
    if (i < to) {
      if (s[i] === ',') {
        // sample_parse_expr() skips repeated commas, and trailing ones at the end of a word; in
        // `%[…]` a trailing comma leaves a converter without a name before the ']'.
        while (i < to && s[i] === ',') i++;
        if (i === to && to < s.length) error ??= 'empty converter name';
      } else {
        error ??= `missing comma after '${s.slice(nameStart, i)}' (found '${s[i]}')`;
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

/**
 * An expression written over several words (`req.ssl_supported_groups, be2hex(:,2),lower`):
 * sample_parse_expr() reads the converters that start the words after the first one. Those calls
 * are the expression's converters, each at its own range.
 */
export function parseSampleWords(words: readonly Word[], source: string): SampleExpr {
  const first = parseSampleWord(words[0]!, source);
  if (words.length === 1) return first;
  const converters = [...first.converters];
  let error = first.error;
  for (const w of words.slice(1)) {
    const more = parseSampleWord(w, source);
    converters.push(more.fetch, ...more.converters);
    error ??= more.error;
  }
  return { type: 'sample', fetch: first.fetch, converters, range: { start: first.range.start, end: words[words.length - 1]!.end }, error };
}

const isAlpha = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAlnum = (c: string | undefined): boolean => isAlpha(c) || isDigit(c);

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

/** is_idchar() (tools.h): the characters of fetch and converter names. */
const isIdChar = (c: string | undefined): boolean => c !== undefined && (isAlnum(c) || c === '.' || c === '_' || c === '-' || c === '+' || c === ':');

/**
 * Where the expression of `%[` at `open` ends as sample_parse_expr() reads it (names, argument
 * lists up to their first unquoted ')', commas between converters), when a ']' is there: brackets
 * inside arguments (`%[req.hdr(h[x)]`) are text. Otherwise (a malformed expression) the first ']'
 * closing the brackets counted.
 */
function expressionClose(s: string, open: number): number {
  let i = open + 1;
  for (;;) {
    while (isIdChar(s[i])) i++;
    if (s[i] === '(') {
      const list = readArgs(s, i, s.length);
      if (list.end === -1) break;
      i = list.end;
    }
    if (s[i] !== ',') break;
    while (s[i] === ',') i++;
  }
  return s[i] === ']' ? i : closingBracket(s, open);
}

/** `%(name:type)` output types (3.0+). */
const LABEL_TYPES = new Set(['str', 'sint', 'bool', 'raw']);

/**
 * Parses a log-format string as HAProxy's lf_expr_compile() (log.c) reads it: `%%` is a literal
 * percent, `%` then a letter starts a variable (letters then digits), `%[…]` an expression, `%{…}`
 * flags before either, `%(name[:type])` a field name (3.0+; earlier releases read it as text); `%`
 * before anything else is text, except before a digit, a blank or the end, which HAProxy refuses.
 * Errors become `error` parts and reading goes on, so that later expressions are still seen.
 */
export function parseLogFormatText(s: string, rangeOf: RangeOf): LogFormatPart[] {
  const parts: LogFormatPart[] = [];
  const n = s.length;
  let lit = 0;
  const flushLiteral = (to: number): void => {
    if (to > lit) parts.push({ type: 'literal', value: s.slice(lit, to), range: rangeOf(lit, to) });
    lit = to;
  };
  const fail = (code: LogFormatErrorCode, message: string, from: number, to: number): void => {
    parts.push({ type: 'error', code, message, range: rangeOf(from, to) });
  };
  let i = 0;
  while (i < n) {
    if (s[i] !== '%') {
      i++;
      continue;
    }
    if (s[i + 1] === '%') {
      i += 2;
      continue;
    }
    const start = i;
    let j = i + 1;
    let label: string | undefined;
    if (s[j] === '(') {
      let k = j + 1;
      while (k < n && s[k] !== ')' && (isAlnum(s[k]) || s[k] === '_' || s[k] === '-' || s[k] === ':')) k++;
      const colon = s.indexOf(':', j);
      const type = colon !== -1 && colon < k ? s.slice(colon + 1, k) : undefined;
      flushLiteral(start);
      const problem: [message: string, from: number, to: number] | undefined =
        k >= n ? [`'%(' is not closed by ')'`, start, n]
        : s[k] !== ')' ? [`'${s[k]}' cannot be part of a '%(name)' field name (letters, digits, '_' and '-')`, k, k + 1]
        : type !== undefined && !LABEL_TYPES.has(type) ? [`unknown output type '${type}' in '%(…)': str, sint, bool or raw`, colon + 1, k]
        : undefined;
      if (problem) {
        fail('label', ...problem);
        i = lit = Math.min(k + 1, n);
        continue;
      }
      label = s.slice(j + 1, k);
      j = k + 1;
    }
    const c = s[j];
    if (c === undefined) {
      flushLiteral(start);
      fail('truncated', "a '%' ends the string: write '%%' for a literal '%'", start, n);
      i = lit = n;
      continue;
    }
    if (c !== '{' && c !== '[' && !isAlpha(c)) {
      if (isDigit(c) || c === ' ' || c === '\t') {
        flushLiteral(start);
        fail('blank', `'%' is followed by '${c === '\t' ? '\\t' : c}': write '%%' for a literal '%'`, start, j + 1);
        i = lit = j + 1;
      } else i = j + (c === '%' ? 1 : 0);
      continue;
    }
    flushLiteral(start);
    let flags: string | undefined;
    let flagsRange: TextRange | undefined;
    if (c === '{') {
      const close = s.indexOf('}', j);
      if (close === -1) {
        fail('truncated', "'%{' is not closed by '}'", start, n);
        i = lit = n;
        continue;
      }
      flags = s.slice(j + 1, close);
      flagsRange = rangeOf(j + 1, close);
      j = close + 1;
      if (s[j] !== '[' && !isAlnum(s[j])) {
        fail('flags', `'%{${flags}}' must be followed by a variable name or a '[' expression`, start, j);
        i = lit = j;
        continue;
      }
    }
    if (s[j] === '[') {
      const close = expressionClose(s, j);
      const end = close === -1 ? n : close;
      const expr = parseSampleText(s, rangeOf, j + 1, end);
      const closed = close !== -1;
      const withError = closed ? expr : { ...expr, error: expr.error ?? "missing closing ']' in '%[' expression" };
      i = closed ? close + 1 : n;
      parts.push({ type: 'expr', flags, flagsRange, label, expr: withError, closed, range: rangeOf(start, i) });
    } else {
      let k = j + 1;
      while (k < n && isAlnum(s[k])) k++;
      // Ends at its last character: a slice that reaches the end of the word would take the closing quote.
      const nameRange = { start: rangeOf(j, k).start, end: rangeOf(k - 1, k).start + 1 };
      parts.push({ type: 'var', flags, flagsRange, label, name: s.slice(j, k), nameRange, range: rangeOf(start, k) });
      i = k;
    }
    lit = i;
  }
  flushLiteral(n);
  return parts.slice();
}

export function parseLogFormatWord(word: Word, source: string): LogFormatPart[] {
  return parseLogFormatText(word.value, (a, b) => wordRange(word, source, a, b));
}
