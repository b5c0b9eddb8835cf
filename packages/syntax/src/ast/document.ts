/**
 * Groups statements into sections the way `readcfgfile()` does: a line whose first word is a
 * section keyword opens a section, every other line belongs to the current one. Conditional
 * blocks are tracked across sections and kept as nodes, never evaluated.
 */
import { isSectionKeyword, SECTIONS, sectionKeyword } from '@hacfg/catalog';
import { distance } from 'fastest-levenshtein';
import type { Line, Word } from '../cst/types.js';
import type { Diagnostic } from '../diagnostics.js';
import { buildStatement } from './statements.js';
import type { ConditionalBlock, ConditionalDirective, Section, Statement } from './types.js';

const MAX_LINE_ARGS = 64;

interface SectionDraft {
  keyword: string;
  known: boolean;
  header: Line;
  keywordWord: Word;
  name: Word | undefined;
  from: Word | undefined;
  statements: Statement[];
  end: number;
}

interface OpenBlock {
  branches: ConditionalDirective[];
  sawElse: boolean;
}

export interface Structure {
  readonly preamble: readonly Statement[];
  readonly sections: readonly Section[];
  readonly conditionals: readonly ConditionalBlock[];
}

function isIndented(line: Line): boolean {
  const first = line.words[0];
  return first !== undefined && first.start > (line.bom?.end ?? line.start);
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
function looksLikeUnknownSection(lines: readonly Line[], i: number, current: SectionDraft | undefined): boolean {
  const line = lines[i]!;
  const kw = line.words[0]!.value;
  if (isIndented(line) || !sectionLike(kw)) return false;
  if (current && (!current.known || sectionKeyword(current.keyword, kw) !== undefined)) return false;
  if (!current && sectionKeyword('global', kw) !== undefined) return false;
  for (let j = i + 1; j < lines.length; j++) {
    const next = lines[j]!;
    if (next.words.length === 0) continue;
    return isIndented(next) && !isSectionKeyword(next.words[0]!.value);
  }
  return false;
}

export function buildStructure(lines: readonly Line[], source: string, diagnostics: Diagnostic[]): Structure {
  const preamble: Statement[] = [];
  const sections: SectionDraft[] = [];
  const conditionals: ConditionalBlock[] = [];
  const stack: OpenBlock[] = [];
  let current: SectionDraft | undefined;

  const closeBlock = (block: OpenBlock, end: ConditionalDirective | undefined): void => {
    const first = block.branches[0]!;
    conditionals.push({ branches: block.branches, end, range: { start: first.line.start, end: (end ?? block.branches[block.branches.length - 1]!).line.end } });
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (current) current.end = line.end;
    if (line.words.length === 0) continue;
    if (line.words.length > MAX_LINE_ARGS) {
      const w = line.words[MAX_LINE_ARGS]!;
      diagnostics.push({ code: 'too-many-words', severity: 'error', message: `too many words: HAProxy reads at most ${MAX_LINE_ARGS} per line`, range: { start: w.start, end: line.words[line.words.length - 1]!.end } });
    }
    const first = line.words[0]!;
    const kw = first.value;
    if (isSectionKeyword(kw) || looksLikeUnknownSection(lines, i, current)) {
      const known = isSectionKeyword(kw);
      const rest = line.words.slice(1);
      const fromAt = rest.findIndex((w) => w.value === 'from');
      const name = fromAt === 0 ? undefined : rest[0];
      current = { keyword: kw, known, header: line, keywordWord: first, name, from: fromAt >= 0 ? rest[fromAt + 1] : undefined, statements: [], end: line.end };
      sections.push(current);
      continue;
    }
    const depth = stack.length - (kw === '.elif' || kw === '.else' || kw === '.endif' ? 1 : 0);
    const st = buildStatement(line, { source, condDepth: Math.max(0, depth), diagnostics });
    if (!st) continue;
    (current ? current.statements : preamble).push(st);
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
  return {
    preamble,
    sections: sections.map((s) => ({
      type: 'section',
      keyword: s.keyword,
      known: s.known,
      header: s.header,
      keywordWord: s.keywordWord,
      name: s.name,
      from: s.from,
      statements: s.statements,
      range: { start: s.header.start, end: s.end },
    })),
    conditionals,
  };
}
