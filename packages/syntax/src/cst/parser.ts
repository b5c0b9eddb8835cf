/**
 * The chevrotain grammar of a configuration file. Structure above the line (sections, statements) is
 * not grammar: HAProxy decides it per line from the first word, and so does `structure.ts`.
 *
 *   document := ( Run | Newline | Comment | IgnoredTail | Bom | Escape | BadHexEscape | EnvRef
 *               | dqString | sqString )*
 *
 * A Run carries the line ending that follows it; a Newline token only follows a quoted string.
 *   dqString := DqOpen ( DqText | DqEscape | DqEnvRef | BadEnvRef | BadHexEscape )* DqClose?
 *   sqString := SqOpen SqText? SqClose?
 */
import type { IOrAlt, IToken } from 'chevrotain';
import { EmbeddedActionsParser } from './chevrotain.js';
import { LineBuilder, envPiece, escapeValue } from './line-builder.js';
import {
  allTokens, BadEnvRef, BadHexEscape, Bom, Comment, DqClose, DqEnvRef, DqEscape, DqOpen, DqText, EnvRef, Escape,
  HaproxyLexer, IgnoredTail, Newline, Run, SqClose, SqOpen, SqText,
} from './tokens.js';
import type { DQuotePart, Line } from './types.js';

class ConfigParser extends EmbeddedActionsParser {
  builder: LineBuilder | undefined;

  constructor() {
    super(allTokens, { recoveryEnabled: false, maxLookahead: 1 });
    this.performSelfAnalysis();
  }

  /**
   * The alternatives of `document`, built once: a fresh array of ten objects and closures per
   * token (chevrotain's plain `OR([...])`) was a fifth of all memory allocated by `lint` on large
   * files. For the same reason the builder is called directly, outside the recording phase,
   * instead of through a closure per token given to ACTION.
   */
  private documentAlts: IOrAlt<void>[] | undefined;

  readonly document = this.RULE('document', (): void => {
    this.MANY(() => {
      this.OR(
        (this.documentAlts ??= [
          { ALT: () => { const t = this.CONSUME(Run); if (!this.RECORDING_PHASE) this.builder!.run(t); } },
          { ALT: () => { const t = this.CONSUME(Newline); if (!this.RECORDING_PHASE) this.builder!.newline(t); } },
          { ALT: () => { const t = this.CONSUME(Comment); if (!this.RECORDING_PHASE) this.builder!.commentTok(t); } },
          { ALT: () => this.SUBRULE(this.dqString) },
          { ALT: () => this.SUBRULE(this.sqString) },
          { ALT: () => { const t = this.CONSUME(Escape); if (!this.RECORDING_PHASE) this.builder!.escape(t); } },
          { ALT: () => { const t = this.CONSUME(EnvRef); if (!this.RECORDING_PHASE) this.builder!.env(t); } },
          { ALT: () => { const t = this.CONSUME(BadHexEscape); if (!this.RECORDING_PHASE) this.builder!.badEscape(t); } },
          { ALT: () => { const t = this.CONSUME(IgnoredTail); if (!this.RECORDING_PHASE) this.builder!.ignoredTok(t); } },
          { ALT: () => { const t = this.CONSUME(Bom); if (!this.RECORDING_PHASE) this.builder!.bomTok(t); } },
        ]),
      );
    });
  });

  readonly dqString = this.RULE('dqString', (): void => {
    const open = this.CONSUME(DqOpen);
    const parts: DQuotePart[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => { const t = this.CONSUME(DqText); this.ACTION(() => parts.push({ kind: 'text', start: t.startOffset, end: t.startOffset + t.image.length })); } },
        { ALT: () => { const t = this.CONSUME(DqEscape); this.ACTION(() => parts.push({ kind: 'escape', start: t.startOffset, end: t.startOffset + t.image.length, value: escapeValue(t.image) })); } },
        { ALT: () => { const t = this.CONSUME(DqEnvRef); this.ACTION(() => parts.push(envPiece(t, true))); } },
        { ALT: () => { const t = this.CONSUME(BadEnvRef); this.ACTION(() => parts.push({ kind: 'bad-env', start: t.startOffset, end: t.startOffset + t.image.length })); } },
        { ALT: () => { const t = this.CONSUME2(BadHexEscape); this.ACTION(() => parts.push({ kind: 'bad-escape', start: t.startOffset, end: t.startOffset + t.image.length })); } },
      ]);
    });
    let close: IToken | undefined;
    this.OPTION(() => { close = this.CONSUME(DqClose); });
    this.ACTION(() => this.builder!.dquote(open, parts, close));
  });

  readonly sqString = this.RULE('sqString', (): void => {
    const open = this.CONSUME(SqOpen);
    let body: IToken | undefined;
    let close: IToken | undefined;
    this.OPTION(() => { body = this.CONSUME(SqText); });
    this.OPTION2(() => { close = this.CONSUME(SqClose); });
    this.ACTION(() => this.builder!.squote(open, body, close));
  });
}

let shared: ConfigParser | undefined;

/** Lexes and parses `text` into CST lines. Total: every string is accepted, nothing throws. */
export function parseLines(text: string): Line[] {
  const lexed = HaproxyLexer.tokenize(text);
  // The token set covers every character, so the lexer cannot fail; guard anyway to keep losslessness provable.
  if (lexed.errors.length > 0) throw new Error(`hacfg internal error: lexer left ${lexed.errors.length} gap(s)`);
  const parser = (shared ??= new ConfigParser());
  const builder = new LineBuilder(text);
  parser.builder = builder;
  parser.input = lexed.tokens;
  parser.document();
  if (parser.errors.length > 0) throw new Error(`hacfg internal error: ${parser.errors[0]!.message}`);
  // The shared parser must not keep the last document's tokens alive.
  parser.builder = undefined;
  parser.input = [];
  return builder.finish();
}
