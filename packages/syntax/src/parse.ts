/** The entry point: text in, lossless document out. Never throws on any input. */
import { buildStructure, type Structure } from './ast/document.js';
import { lexicalDiagnostics } from './ast/lexical.js';
import type { ConditionalBlock, Section, Statement } from './ast/types.js';
import { parseLines } from './cst/parser.js';
import type { Line } from './cst/types.js';
import type { Diagnostic } from './diagnostics.js';
import { LineIndex } from './line-index.js';

export interface ParseOptions {
  /** Shown in messages; not read. */
  readonly fileName?: string;
}

export class Document {
  private index: LineIndex | undefined;
  private allDiagnostics: readonly Diagnostic[] | undefined;

  constructor(
    readonly text: string,
    readonly lines: readonly Line[],
    private readonly structure: Structure,
    /** Diagnostics known without building statements (lexical, structural). */
    private readonly early: readonly Diagnostic[],
    readonly fileName: string | undefined,
  ) {}

  /** Statements before the first section (HAProxy rejects them; the linter says so). */
  get preamble(): readonly Statement[] {
    return this.structure.preamble();
  }

  get sections(): readonly Section[] {
    return this.structure.sections;
  }

  /** `.if` … `.endif` blocks in source order. */
  get conditionals(): readonly ConditionalBlock[] {
    return this.structure.conditionals;
  }

  /** Syntax errors and warnings, in source order (builds every statement on first call). */
  get diagnostics(): readonly Diagnostic[] {
    return (this.allDiagnostics ??= [...this.early, ...this.structure.statementDiagnostics()].sort((a, b) => a.range.start - b.range.start));
  }

  get lineIndex(): LineIndex {
    return (this.index ??= new LineIndex(this.text));
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }

  /** Every statement with the section it belongs to (undefined for the preamble). */
  *statements(): Generator<{ section: Section | undefined; statement: Statement }> {
    for (const statement of this.preamble) yield { section: undefined, statement };
    for (const section of this.sections) for (const statement of section.statements) yield { section, statement };
  }

  /** Prints the CST back: the exact input. */
  toString(): string {
    let out = '';
    for (const l of this.lines) out += this.text.slice(l.start, l.end);
    return out;
  }
}

/**
 * Parses a configuration. Lexing, lines, section boundaries and `.if` blocks are computed here;
 * each section's typed statements on first access, and all diagnostics on the first read of
 * `diagnostics`.
 */
export function parse(text: string, options: ParseOptions = {}): Document {
  const lines = parseLines(text);
  const diagnostics = lexicalDiagnostics(lines, text);
  const structure = buildStructure(lines, text, diagnostics);
  return new Document(text, lines, structure, diagnostics, options.fileName);
}
