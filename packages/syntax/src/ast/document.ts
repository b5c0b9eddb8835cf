/**
 * Groups lines into sections the way `readcfgfile()` does: a line whose first word is a section
 * keyword opens a section, every other line belongs to the current one. Conditional blocks are
 * tracked across sections and kept as nodes, never evaluated.
 *
 * Only section headers and `.`-directives are read here; the typed statements of a section are
 * built on first access (`Section.statements`), so that a large file is cheap to open and each
 * consumer pays for what it reads.
 */
import { isSectionKeyword, SECTIONS, sectionKeyword } from '@hacfg/catalog';
import { distance } from 'fastest-levenshtein';
import type { CstLine, Line, TextRange, Word } from '../cst/types.js';
import type { Diagnostic } from '../diagnostics.js';
import { buildStatement } from './statements.js';
import type { ConditionalBlock, ConditionalDirective, Section, Statement } from './types.js';

const MAX_LINE_ARGS = 64;

/** What the lazy statement builders share: lines, per-line `.if` depth, prebuilt directives. */
class StatementSource {
  /** Diagnostics raised while building statements (e.g. a condition missing its `}`). */
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly lines: readonly Line[],
    readonly source: string,
    readonly condDepth: Uint16Array,
    readonly directives: ReadonlyMap<number, Statement>,
  ) {}

  build(first: number, last: number): Statement[] {
    const out: Statement[] = [];
    for (let i = first; i <= last; i++) {
      const st = this.directives.get(i) ?? buildStatement(this.lines[i]!, { source: this.source, condDepth: this.condDepth[i]!, diagnostics: this.diagnostics });
      if (st) out.push(st);
    }
    // Exact size: an array grown by `push` keeps room for 17, and a large file has many small sections.
    return out.slice();
  }
}

export class SectionNode implements Section {
  readonly type = 'section';
  private cached: readonly Statement[] | undefined;

  constructor(
    readonly keyword: string,
    readonly known: boolean,
    readonly header: Line,
    readonly keywordWord: Word,
    readonly name: Word | undefined,
    readonly from: Word | undefined,
    readonly range: TextRange,
    private readonly src: StatementSource,
    private readonly firstLine: number,
    private readonly lastLine: number,
  ) {}

  get statements(): readonly Statement[] {
    return (this.cached ??= this.src.build(this.firstLine, this.lastLine));
  }

  toJSON(): Record<string, unknown> {
    const { type, keyword, known, header, keywordWord, name, from, range, statements } = this;
    return { type, keyword, known, header, keywordWord, name, from, statements, range };
  }
}

export interface Structure {
  /** Statements before the first section, built on first call. */
  readonly preamble: () => readonly Statement[];
  readonly sections: readonly SectionNode[];
  readonly conditionals: readonly ConditionalBlock[];
  /** Forces every statement and returns the diagnostics raised while building them. */
  readonly statementDiagnostics: () => readonly Diagnostic[];
}

interface OpenBlock {
  branches: ConditionalDirective[];
  sawElse: boolean;
}

interface Draft {
  keyword: string;
  known: boolean;
  header: Line;
  first: number;
  last: number;
}

const lineStart = (line: Line): number => (line as CstLine).firstWordStart();
const firstValue = (line: Line): string | undefined => (line as CstLine).firstWordValue();

function isIndented(line: Line): boolean {
  const at = lineStart(line);
  return at >= 0 && at > (line.bom?.end ?? line.start);
}

/** Section-like names: near misses of a known section (`backnd`) or SPOE sections in the wrong file. */
function sectionLike(kw: string): boolean {
  if (!/^[a-z][a-z0-9_-]*$/.test(kw)) return false;
  return kw.startsWith('spoe-') || SECTIONS.some((s) => distance(s.name, kw) <= Math.min(2, s.name.length >> 1));
}

/**
 * A line at column 0 whose keyword is not known where it stands but resembles a section name, and
 * is followed by indented lines, is taken as the header of a section HAProxy does not know, so its
 * body is not reported line by line.
 */
function looksLikeUnknownSection(lines: readonly Line[], i: number, kw: string, current: Draft | undefined): boolean {
  if (isIndented(lines[i]!) || !sectionLike(kw)) return false;
  if (current && (!current.known || sectionKeyword(current.keyword, kw) !== undefined)) return false;
  if (!current && sectionKeyword('global', kw) !== undefined) return false;
  for (let j = i + 1; j < lines.length; j++) {
    const next = firstValue(lines[j]!);
    if (next === undefined) continue;
    return isIndented(lines[j]!) && !isSectionKeyword(next);
  }
  return false;
}

export function buildStructure(lines: readonly Line[], source: string, diagnostics: Diagnostic[]): Structure {
  const drafts: Draft[] = [];
  const conditionals: ConditionalBlock[] = [];
  const stack: OpenBlock[] = [];
  const condDepth = new Uint16Array(lines.length);
  const directives = new Map<number, Statement>();
  let current: Draft | undefined;
  let preambleLast = -1;

  const closeBlock = (block: OpenBlock, end: ConditionalDirective | undefined): void => {
    const first = block.branches[0]!;
    conditionals.push({ branches: block.branches, end, range: { start: first.line.start, end: (end ?? block.branches[block.branches.length - 1]!).line.end } });
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const kw = firstValue(line);
    const header = kw !== undefined && (isSectionKeyword(kw) || looksLikeUnknownSection(lines, i, kw, current));
    if (!header) {
      if (current) current.last = i;
      else preambleLast = i;
    }
    if (kw === undefined) continue;
    if (line.contentEnd - line.start > 2 * MAX_LINE_ARGS && line.words.length > MAX_LINE_ARGS) {
      const w = line.words[MAX_LINE_ARGS]!;
      diagnostics.push({ code: 'too-many-words', severity: 'error', message: `too many words: HAProxy reads at most ${MAX_LINE_ARGS} per line`, range: { start: w.start, end: line.words[line.words.length - 1]!.end } });
    }
    if (header) {
      current = { keyword: kw, known: isSectionKeyword(kw), header: line, first: i + 1, last: i };
      drafts.push(current);
      continue;
    }
    const closing = kw === '.elif' || kw === '.else' || kw === '.endif';
    condDepth[i] = Math.max(0, stack.length - (closing ? 1 : 0));
    if (!kw.startsWith('.')) continue;
    const st = buildStatement(line, { source, condDepth: condDepth[i]!, diagnostics });
    if (!st) continue;
    directives.set(i, st);
    if (st.type !== 'conditional') continue;
    const where = { start: st.keywordWord.start, end: st.keywordWord.end };
    if (st.keyword === '.if') stack.push({ branches: [st], sawElse: false });
    else if (stack.length === 0) diagnostics.push({ code: 'conditional-unmatched', severity: 'error', message: `lone '${st.keyword}' with no matching '.if'`, range: where });
    else if (st.keyword === '.endif') closeBlock(stack.pop()!, st);
    else {
      const top = stack[stack.length - 1]!;
      if (top.sawElse) diagnostics.push({ code: 'conditional-unmatched', severity: 'error', message: `'${st.keyword}' after '.else' is not permitted`, range: where });
      if (st.keyword === '.else') top.sawElse = true;
      top.branches.push(st);
    }
    if ((st.keyword === '.else' || st.keyword === '.endif') && st.args.length > 0) {
      diagnostics.push({ code: 'conditional-syntax', severity: 'error', message: `unexpected argument '${st.args[0]!.value}' for '${st.keyword}'`, range: st.args[0]! });
    }
  }
  for (const block of stack) {
    const ifLine = block.branches[0]!;
    diagnostics.push({ code: 'conditional-unterminated', severity: 'error', message: "non-terminated '.if' block", range: { start: ifLine.keywordWord.start, end: ifLine.keywordWord.end } });
    closeBlock(block, undefined);
  }
  conditionals.sort((a, b) => a.range.start - b.range.start);

  const src = new StatementSource(lines, source, condDepth, directives);
  const sections = drafts.map((d) => {
    const words = d.header.words;
    const rest = words.slice(1);
    const fromAt = rest.findIndex((w) => w.value === 'from');
    const name = fromAt === 0 ? undefined : rest[0];
    const from = fromAt >= 0 ? rest[fromAt + 1] : undefined;
    const range = { start: d.header.start, end: lines[d.last]!.end };
    return new SectionNode(d.keyword, d.known, d.header, words[0]!, name, from, range, src, d.first, d.last);
  });
  let preamble: readonly Statement[] | undefined;
  const getPreamble = (): readonly Statement[] => (preamble ??= src.build(0, preambleLast));
  return {
    preamble: getPreamble,
    sections,
    conditionals,
    statementDiagnostics: () => {
      getPreamble();
      for (const s of sections) void s.statements;
      return src.diagnostics;
    },
  };
}
