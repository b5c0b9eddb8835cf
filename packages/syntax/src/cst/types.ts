/**
 * The lossless CST: a document is a list of physical lines (LF-terminated, as HAProxy reads them); a
 * line holds its words, each made of pieces (plain text, escapes, env references, quoted strings).
 * Everything not in a word, comment, ignored tail, BOM or line ending is white space, so the bytes
 * of a document are exactly covered by `lineTokens()` of its lines.
 */
import { ACTIONS, SECTIONS, allBindOptionNames, allConverterNames, allFetchNames, allKeywordNames, allServerOptionNames } from '@hacfg/catalog';

/** Half-open range of UTF-16 offsets into the document text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export interface TextPiece extends TextRange {
  readonly kind: 'text';
}
/** A backslash sequence; `value` is what HAProxy reads (a lone `\` stands for itself). */
export interface EscapePiece extends TextRange {
  readonly kind: 'escape';
  readonly value: string;
}
/** `$NAME`, `${NAME}`, `${NAME[*]}`, `${NAME-default}`: kept as written, never expanded here. */
export interface EnvPiece extends TextRange {
  readonly kind: 'env';
  readonly name: string;
  readonly braced: boolean;
  /** The `-default` part of `${NAME-default}`. */
  readonly defaultValue: string | undefined;
  /** `${NAME[*]}`: the value is split into several words. */
  readonly wordExpand: boolean;
  /** False for `${NAME` without its closing brace (an error for HAProxy). */
  readonly closed: boolean;
  /** Inside double quotes HAProxy's line reader expands it; unquoted only address parsers do. */
  readonly quoted: boolean;
}
/** `\x` without two hex digits, or `$` without a valid name inside double quotes. */
export interface BadPiece extends TextRange {
  readonly kind: 'bad-escape' | 'bad-env';
}
export type DQuotePart = TextPiece | EscapePiece | EnvPiece | BadPiece;
export interface DQuotePiece extends TextRange {
  readonly kind: 'dquote';
  readonly parts: readonly DQuotePart[];
  readonly closed: boolean;
}
export interface SQuotePiece extends TextRange {
  readonly kind: 'squote';
  readonly closed: boolean;
}
export type Piece = TextPiece | EscapePiece | EnvPiece | BadPiece | DQuotePiece | SQuotePiece;

/**
 * One argument as HAProxy splits a line: adjacent pieces without white space between them. Most
 * words are plain text (their value is their source text); `PiecedWord` holds the others. The
 * two classes keep the 600k words of a 170k-line file at three fields each.
 */
export class Word implements TextRange {
  constructor(
    readonly start: number,
    readonly end: number,
    /** The word as HAProxy reads it: quotes removed, escapes resolved, env references kept as written. */
    readonly value: string,
  ) {}

  /** True when the source text equals `value` (no quotes, escapes or env references). */
  get plain(): boolean {
    return true;
  }

  /** The source text of the word. */
  get raw(): string {
    return this.value;
  }

  get pieces(): readonly Piece[] {
    return [{ kind: 'text', start: this.start, end: this.end }];
  }

  toJSON(): { start: number; end: number; value: string } {
    return { start: this.start, end: this.end, value: this.value };
  }
}

/** A word with quotes, escapes or env references: its value differs from its source text. */
export class PiecedWord extends Word {
  constructor(
    start: number,
    end: number,
    value: string,
    private readonly source: string,
    private readonly parts: readonly Piece[],
  ) {
    super(start, end, value);
  }

  override get plain(): boolean {
    return false;
  }

  override get raw(): string {
    return this.source.slice(this.start, this.end);
  }

  override get pieces(): readonly Piece[] {
    return this.parts;
  }
}

/**
 * Whether HAProxy's line reader expands an environment variable in the word: only inside double
 * quotes. An unquoted `$VAR` stays as written, for the parsers (addresses) that expand it themselves.
 */
export function expandsEnv(w: Word): boolean {
  return !w.plain && w.pieces.some((p) => p.kind === 'dquote' && p.parts.some((q) => q.kind === 'env'));
}

export interface Line extends TextRange {
  /** 0-based line number. */
  readonly index: number;
  /** Offset where the line ending starts (or `end` for a last line without one). */
  readonly contentEnd: number;
  readonly words: readonly Word[];
  readonly comment: TextRange | undefined;
  /** Text after a lone CR or a NUL: HAProxy ignores it. */
  readonly ignored: TextRange | undefined;
  /** A byte-order mark at the start of the file. */
  readonly bom: TextRange | undefined;
  /** `\n` or `\r\n`; undefined on a last line without a final newline. */
  readonly eol: TextRange | undefined;
}

/**
 * The one implementation of `Line`. The line ending is derived, not stored, and the words of a line
 * that is one plain run (most lines) are split on first access: large files stay small and fast.
 */
export class CstLine implements Line {
  private cachedWords: readonly Word[] | undefined;

  constructor(
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly contentEnd: number,
    words: readonly Word[] | undefined,
    readonly comment: TextRange | undefined,
    readonly ignored: TextRange | undefined,
    readonly bom: TextRange | undefined,
    private readonly source: string,
    private readonly runStart: number,
    private readonly runEnd: number,
  ) {
    this.cachedWords = words;
  }

  get words(): readonly Word[] {
    return (this.cachedWords ??= splitPlainRun(this.source, this.runStart, this.runEnd));
  }

  get eol(): TextRange | undefined {
    return this.end > this.contentEnd ? { start: this.contentEnd, end: this.end } : undefined;
  }

  /** True when the line's words are one plain run: no quotes, escapes or env references. */
  get plainRun(): boolean {
    return this.runStart >= 0;
  }

  /** Offset of the first word, or -1 for a line without words; does not split the line. */
  firstWordStart(): number {
    if (this.cachedWords) return this.cachedWords[0]?.start ?? -1;
    let i = this.runStart;
    while (i < this.runEnd && isLineSpace(this.source.charCodeAt(i))) i++;
    return i < this.runEnd ? i : -1;
  }

  /** The value of the first word (undefined for a line without words); does not split the line. */
  firstWordValue(): string | undefined {
    if (this.cachedWords) return this.cachedWords[0]?.value;
    const i = this.firstWordStart();
    if (i < 0) return undefined;
    let j = i + 1;
    while (j < this.runEnd && !isLineSpace(this.source.charCodeAt(j))) j++;
    return this.source.slice(i, j);
  }
}

/** White space as HAProxy's `isspace()` sees it inside a line (LF and CR never reach here). */
export function isLineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12;
}

/**
 * Counts the words first so that the array is allocated at its exact size: an array grown by
 * `push` keeps room for 17 elements, which on a 170k-line file is a tenth of the AST's memory.
 */
function splitPlainRun(text: string, start: number, end: number): Word[] {
  let n = 0;
  for (let i = start; i < end; i++) if (!isLineSpace(text.charCodeAt(i)) && (i === start || isLineSpace(text.charCodeAt(i - 1)))) n++;
  const words = new Array<Word>(n);
  let k = 0;
  let i = start;
  while (i < end) {
    if (isLineSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && !isLineSpace(text.charCodeAt(j))) j++;
    words[k++] = new Word(i, j, internWord(text, i, j));
    i = j;
  }
  return words;
}

/**
 * Word values that are HAProxy vocabulary (keywords, options, fetches, flags…) share one string
 * each: they are most of the words of a large file, and a string per word was a tenth of its AST.
 */
let vocabulary: Map<string, string> | undefined;

export function internWord(text: string, start: number, end: number): string {
  const v = text.slice(start, end);
  if (end - start > 32) return v;
  return (vocabulary ??= buildVocabulary()).get(v) ?? v;
}

function buildVocabulary(): Map<string, string> {
  const m = new Map<string, string>();
  const add = (w: string): void => void m.set(w, w);
  for (const s of SECTIONS) {
    add(s.name);
    for (const k of allKeywordNames(s.name)) for (const w of k.split(' ')) add(w);
  }
  for (const list of [allServerOptionNames(), allBindOptionNames(), allFetchNames(), allConverterNames()]) for (const n of list) add(n);
  for (const a of ACTIONS) add(a.name);
  for (const w of ['if', 'unless', '{', '}', 'or', '||', '!', '-i', '-m', '-f', '-n', '-u', '--', 'str', 'beg', 'end', 'sub', 'reg', 'dom', 'dir', 'len', 'found', 'bool', 'int', 'ip', 'lt', 'le', 'gt', 'ge', 'eq', 'http', 'tcp', 'health', 'global', 'status', 'string', 'rstatus', 'rstring', 'roundrobin', 'static-rr', 'leastconn', 'first', 'source', 'uri', 'hdr', 'random']) add(w);
  return m;
}

export type LineTokenKind = 'bom' | 'space' | 'word' | 'comment' | 'ignored' | 'eol';
export interface LineToken extends TextRange {
  readonly kind: LineTokenKind;
}

/** All tokens and trivia of a line, in order; their ranges tile the line exactly. */
export function lineTokens(line: Line): LineToken[] {
  const out: LineToken[] = [];
  let pos = line.start;
  const push = (kind: LineTokenKind, r: TextRange): void => {
    if (r.start > pos) out.push({ kind: 'space', start: pos, end: r.start });
    out.push({ kind, start: r.start, end: r.end });
    pos = r.end;
  };
  if (line.bom) push('bom', line.bom);
  for (const w of line.words) push('word', w);
  if (line.comment) push('comment', line.comment);
  if (line.ignored) push('ignored', line.ignored);
  if (line.contentEnd > pos) out.push({ kind: 'space', start: pos, end: line.contentEnd });
  pos = line.contentEnd;
  if (line.eol) push('eol', line.eol);
  return out;
}
