/**
 * chevrotain token types for haproxy.cfg, modelled on HAProxy's own `parse_line()` (src/tools.c) and
 * `readcfgfile()` (src/cfgparse.c): a line ends at LF; CR or NUL ends what HAProxy reads of it; `#`
 * starts a comment outside quotes; `"…"` is a weak quote (escapes and `$VAR`), `'…'` a strong one.
 * Every byte of any input is matched by exactly one token, so the CST can be printed back exactly.
 */
import type { TokenType } from 'chevrotain';
import { createToken, Lexer } from './chevrotain.js';

/**
 * chevrotain cannot derive first characters from a negated class, and without them it drops its
 * first-char dispatch for the whole mode; list them: every code below 256 but the excluded ones, and
 * one code per 255-wide bucket above (chevrotain groups higher codes in such buckets).
 */
function startCharsExcept(excluded: string): number[] {
  const out: number[] = [];
  for (let c = 0; c < 256; c++) if (!excluded.includes(String.fromCharCode(c))) out.push(c);
  for (let c = 256; c < 65536; c += 255) if (!excluded.includes(String.fromCharCode(c))) out.push(c);
  out.push(65535);
  return out;
}

// Lines end at LF; a CR directly before it belongs to the line ending (HAProxy stops reading at CR).
export const Newline = createToken({ name: 'Newline', pattern: /\r?\n/, line_breaks: true });
// A lone CR or a NUL stops HAProxy's reading of the line: the rest up to LF is ignored by it.
export const IgnoredTail = createToken({ name: 'IgnoredTail', pattern: /[\r\0][^\n]*/ });
// A comment runs to the end of the line but leaves the CR of a CRLF to the newline token.
export const Comment = createToken({ name: 'Comment', pattern: /#(?:[^\r\n]|\r(?!\n))*/ });
export const Bom = createToken({ name: 'Bom', pattern: /\uFEFF/ });

export const DqOpen = createToken({ name: 'DqOpen', pattern: /"/, push_mode: 'dq' });
export const SqOpen = createToken({ name: 'SqOpen', pattern: /'/, push_mode: 'sq' });
export const DqClose = createToken({ name: 'DqClose', pattern: /"/, pop_mode: true });
export const SqClose = createToken({ name: 'SqClose', pattern: /'/, pop_mode: true });
// A quote left open ends with its line: HAProxy reports "unmatched quote".
export const StringNewline = createToken({ name: 'StringNewline', pattern: /\r?\n/, line_breaks: true, pop_mode: true, categories: [Newline] });
export const StringIgnoredTail = createToken({ name: 'StringIgnoredTail', pattern: /[\r\0][^\n]*/, pop_mode: true, categories: [IgnoredTail] });

// `\x` not followed by two hex digits: HAProxy rejects the line.
export const BadHexEscape = createToken({ name: 'BadHexEscape', pattern: /\\x(?![0-9A-Fa-f]{2})/ });
// Outside quotes these escapes are recognised; any other backslash stands for itself.
export const Escape = createToken({ name: 'Escape', pattern: /\\(?:[ \\tnr#'"]|x[0-9A-Fa-f]{2})?/ });
// Inside double quotes `\$` is an escape too.
export const DqEscape = createToken({ name: 'DqEscape', pattern: /\\(?:[ \\tnr#'"$]|x[0-9A-Fa-f]{2})?/, categories: [Escape] });

// Unquoted `$NAME`/`${NAME}` is not expanded by the line reader, but address parsers expand it.
export const EnvRef = createToken({ name: 'EnvRef', pattern: /\$(?:\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)/ });
// In double quotes: `$NAME`, `$.LINE`, `${NAME}`, `${NAME[*]}`, `${NAME-default}`; an unclosed brace is kept whole.
export const DqEnvRef = createToken({
  name: 'DqEnvRef',
  pattern: /\$(?:\{(?:\.[A-Za-z0-9_]*|[A-Za-z_][A-Za-z0-9_]*)(?:\[\*\])?(?:-[^}\r\n\0]*)?\}?|\.[A-Za-z0-9_]*|[A-Za-z_][A-Za-z0-9_]*)/,
  categories: [EnvRef],
});
// `$` in double quotes not followed by a valid name: "forbidden first char in environment variable name".
export const BadEnvRef = createToken({ name: 'BadEnvRef', pattern: /\$\{?/ });

// A run of plain characters, spaces included, and the line ending after it: most lines are one
// token, which the line builder splits into words (one chevrotain token per word, and one more per
// line ending, made lexing and parsing several times slower on large configs).
export const Run = createToken({
  name: 'Run',
  pattern: /[^\n\r"'\\#\0$\uFEFF]*\r?\n|[^\n\r"'\\#\0$\uFEFF]+|[$\uFEFF]/,
  line_breaks: true,
  start_chars_hint: startCharsExcept('"\'\\#\0'),
});
export const DqText = createToken({
  name: 'DqText',
  pattern: /[^"\\$\r\n\0]+/,
  start_chars_hint: startCharsExcept('"\\$\r\n\0'),
});
export const SqText = createToken({ name: 'SqText', pattern: /[^'\r\n\0]+/, start_chars_hint: startCharsExcept("'\r\n\0") });

export const allTokens: TokenType[] = [
  Newline, IgnoredTail, Comment, Bom, DqOpen, SqOpen, DqClose, SqClose, StringNewline, StringIgnoredTail,
  BadHexEscape, Escape, DqEscape, EnvRef, DqEnvRef, BadEnvRef, Run, DqText, SqText,
];

export const lexerDefinition = {
  modes: {
    main: [Bom, EnvRef, Run, IgnoredTail, Comment, DqOpen, SqOpen, BadHexEscape, Escape],
    dq: [DqClose, StringNewline, StringIgnoredTail, BadHexEscape, DqEscape, DqEnvRef, BadEnvRef, DqText],
    sq: [SqClose, StringNewline, StringIgnoredTail, SqText],
  },
  defaultMode: 'main',
};

export const HaproxyLexer = new Lexer(lexerDefinition, {
  positionTracking: 'onlyOffset',
  ensureOptimizations: true,
  skipValidations: false,
});
