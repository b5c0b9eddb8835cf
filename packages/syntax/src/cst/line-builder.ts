/**
 * Turns the chevrotain token stream into CST lines. The parser calls it in grammar order; it splits
 * plain runs into words and glues adjacent pieces into one word, as HAProxy's `parse_line()` does.
 */
import type { IToken } from 'chevrotain';
import { CstLine, internWord, isLineSpace, PiecedWord, Word, type DQuotePart, type EnvPiece, type Line, type Piece, type TextRange } from './types.js';

const ESCAPES: Record<string, string> = { ' ': ' ', '\\': '\\', t: '\t', n: '\n', r: '\r', '#': '#', "'": "'", '"': '"', $: '$' };


export function escapeValue(raw: string): string {
  if (raw.length === 1) return '\\';
  const c = raw[1]!;
  if (c === 'x') return String.fromCharCode(parseInt(raw.slice(2, 4), 16));
  return ESCAPES[c] ?? raw;
}

export function envPiece(tok: IToken, quoted: boolean): EnvPiece {
  const raw = tok.image;
  const start = tok.startOffset;
  const end = start + raw.length;
  if (raw[1] !== '{') return { kind: 'env', start, end, name: raw.slice(1), braced: false, defaultValue: undefined, wordExpand: false, closed: true, quoted };
  const closed = raw.endsWith('}');
  const body = raw.slice(2, closed ? -1 : undefined);
  const m = /^(\.?[A-Za-z0-9_]*)(\[\*\])?(?:-(.*))?$/s.exec(body);
  const name = m?.[1] ?? body;
  return { kind: 'env', start, end, name, braced: true, defaultValue: m?.[3], wordExpand: m?.[2] !== undefined, closed, quoted };
}


export class LineBuilder {
  readonly lines: Line[] = [];
  private lineStart = 0;
  private words: Word[] = [];
  // The word being built, kept in fields rather than an object: plain words then allocate nothing
  // but their final Word (a draft object per word was a measurable share of GC on large files).
  private curStart = -1;
  private curEnd = -1;
  private curPieces: Piece[] | undefined;
  private curValue: string | undefined;
  // A plain run kept unsplit until the line proves to hold nothing else (see run()).
  private pendingStart = -1;
  private pendingEnd = -1;
  private comment: TextRange | undefined;
  private ignored: TextRange | undefined;
  private bom: TextRange | undefined;

  constructor(private readonly text: string) {}

  run(tok: IToken): void {
    const start = tok.startOffset;
    const image = tok.image;
    // A run may carry its line's ending (see the Run token).
    const eolLength = image.endsWith('\n') ? (image.endsWith('\r\n') ? 2 : 1) : 0;
    const end = start + image.length - eolLength;
    if (this.pendingStart < 0 && this.curStart < 0 && this.words.length === 0) {
      // Possibly the line's only run: its words are split when first asked for.
      this.pendingStart = start;
      this.pendingEnd = end;
    } else {
      this.flushPending();
      this.split(start, end);
    }
    if (eolLength) this.finishLine(end, end + eolLength);
  }

  /** Splits a plain run into words; the last one stays open, as a quote may follow without a space. */
  private split(start: number, end: number): void {
    const text = this.text;
    let i = start;
    while (i < end) {
      if (isLineSpace(text.charCodeAt(i))) {
        this.closeWord();
        do i++;
        while (i < end && isLineSpace(text.charCodeAt(i)));
        continue;
      }
      let j = i + 1;
      while (j < end && !isLineSpace(text.charCodeAt(j))) j++;
      this.addText(i, j);
      i = j;
    }
  }

  private flushPending(): void {
    if (this.pendingStart < 0) return;
    const { pendingStart, pendingEnd } = this;
    this.pendingStart = -1;
    this.split(pendingStart, pendingEnd);
  }

  escape(tok: IToken): void {
    const start = tok.startOffset;
    this.addPiece({ kind: 'escape', start, end: start + tok.image.length, value: escapeValue(tok.image) }, escapeValue(tok.image));
  }

  badEscape(tok: IToken): void {
    const start = tok.startOffset;
    this.addPiece({ kind: 'bad-escape', start, end: start + tok.image.length }, tok.image);
  }

  env(tok: IToken): void {
    this.addPiece(envPiece(tok, false), tok.image);
  }

  dquote(open: IToken, parts: DQuotePart[], close: IToken | undefined): void {
    let value = '';
    for (const p of parts) value += p.kind === 'escape' ? p.value : this.text.slice(p.start, p.end);
    const last = close ?? parts[parts.length - 1] ?? open;
    const end = 'startOffset' in last ? last.startOffset + last.image.length : last.end;
    this.addPiece({ kind: 'dquote', start: open.startOffset, end, parts, closed: close !== undefined }, value);
  }

  squote(open: IToken, body: IToken | undefined, close: IToken | undefined): void {
    const last = close ?? body ?? open;
    const end = last.startOffset + last.image.length;
    this.addPiece({ kind: 'squote', start: open.startOffset, end, closed: close !== undefined }, body?.image ?? '');
  }

  commentTok(tok: IToken): void {
    this.closeWord();
    this.comment = { start: tok.startOffset, end: tok.startOffset + tok.image.length };
  }

  ignoredTok(tok: IToken): void {
    this.closeWord();
    this.ignored = { start: tok.startOffset, end: tok.startOffset + tok.image.length };
  }

  bomTok(tok: IToken): void {
    // Only a mark at the very start of the file is a BOM; elsewhere it is an ordinary character.
    if (tok.startOffset !== 0) {
      this.flushPending();
      return this.split(tok.startOffset, tok.startOffset + tok.image.length);
    }
    this.closeWord();
    this.bom = { start: tok.startOffset, end: tok.startOffset + tok.image.length };
  }

  newline(tok: IToken): void {
    this.finishLine(tok.startOffset, tok.startOffset + tok.image.length);
  }

  /** Closes the last line when the text does not end with a newline. */
  finish(): Line[] {
    if (this.lineStart < this.text.length || this.lines.length === 0) this.finishLine(this.text.length, this.text.length);
    return this.lines;
  }

  private finishLine(contentEnd: number, end: number): void {
    this.closeWord();
    const lazy = this.pendingStart >= 0;
    this.lines.push(
      new CstLine(this.lines.length, this.lineStart, end, contentEnd, lazy ? undefined : this.words, this.comment, this.ignored, this.bom, this.text, this.pendingStart, this.pendingEnd),
    );
    this.lineStart = end;
    if (lazy) this.pendingStart = -1;
    else this.words = [];
    this.comment = this.ignored = this.bom = undefined;
  }

  private addText(start: number, end: number): void {
    if (this.curStart >= 0 && this.curEnd === start) {
      const pieces = this.curPieces;
      if (pieces) {
        const last = pieces[pieces.length - 1]!;
        if (last.kind === 'text') pieces[pieces.length - 1] = { kind: 'text', start: last.start, end };
        else pieces.push({ kind: 'text', start, end });
        this.curValue += this.text.slice(start, end);
      }
      this.curEnd = end;
      return;
    }
    this.closeWord();
    this.curStart = start;
    this.curEnd = end;
  }

  private addPiece(piece: Piece, value: string): void {
    this.flushPending();
    if (this.curStart >= 0 && this.curEnd === piece.start) {
      if (!this.curPieces) {
        this.curPieces = [{ kind: 'text', start: this.curStart, end: this.curEnd }];
        this.curValue = this.text.slice(this.curStart, this.curEnd);
      }
      this.curPieces.push(piece);
      this.curEnd = piece.end;
      this.curValue += value;
      return;
    }
    this.closeWord();
    this.curStart = piece.start;
    this.curEnd = piece.end;
    this.curPieces = [piece];
    this.curValue = value;
  }

  private closeWord(): void {
    if (this.curStart < 0) return;
    this.words.push(this.curPieces ? new PiecedWord(this.curStart, this.curEnd, this.curValue!, this.text, this.curPieces) : new Word(this.curStart, this.curEnd, internWord(this.text, this.curStart, this.curEnd)));
    this.curStart = -1;
    this.curPieces = undefined;
    this.curValue = undefined;
  }
}
