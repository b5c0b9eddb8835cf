/**
 * Layout analysis: what each CST line is (blank, comment, statement, section header, or a line kept
 * byte-identical), its indentation level, and where a section group starts (the one blank line
 * between sections goes there). Nothing here changes text; `print.ts` renders the plan.
 */
import type { Document, Line } from '@hacfg/syntax';
import type { FormatOptions } from './options.js';

export type LineKind = 'blank' | 'comment' | 'code';

export interface LinePlan {
  readonly kind: LineKind;
  /** A section header (always at level 0). */
  readonly header: boolean;
  /** Printed exactly as read, line ending included. */
  verbatim: boolean;
  /** Indentation level. */
  level: number;
  /** First line of a section group: a section's header or the comment block right above it. */
  groupStart: boolean;
  /** Index of the section the line belongs to for alignment (-1: before any section). */
  region: number;
}

const CONDITIONAL = new Set(['.if', '.elif', '.else', '.endif']);

/**
 * The line's first word if it may be a `.if/.elif/.else/.endif` directive, else ''. Looking at the
 * first character first avoids materialising the value of every keyword on large files.
 */
export function directiveKeyword(line: Line, text: string): string {
  const w = line.words[0];
  if (!w) return '';
  const c = text.charCodeAt(w.start);
  return c === 46 || c === 34 || c === 39 || c === 92 ? w.value : '';
}

/**
 * Lines whose white space cannot be changed without risk: a lone CR or NUL (HAProxy stops reading
 * there), a byte-order mark, and a word ending in a backslash that escapes nothing (`a\<TAB>b`):
 * HAProxy would read a space put after it as an escaped space, i.e. part of the word.
 */
function mustStayVerbatim(line: Line): boolean {
  if (line.ignored || line.bom) return true;
  for (const w of line.words) {
    if (w.plain) continue;
    const last = w.pieces[w.pieces.length - 1];
    if (last && last.kind !== 'dquote' && last.kind !== 'squote' && last.end - last.start === 1 && (last.kind === 'escape' || last.kind === 'bad-escape')) return true;
  }
  return false;
}

interface Block {
  /** Contains a section header: its directives stay at the file level and do not indent. */
  structural: boolean;
}

export function planLayout(doc: Document, options: FormatOptions, brokenLines: ReadonlySet<number>): LinePlan[] {
  const { lines, text } = doc;
  const headers = new Set(doc.sections.map((s) => s.header.index));
  const plans: LinePlan[] = lines.map((line) => {
    const kind: LineKind = line.words.length > 0 || line.ignored || line.bom ? 'code' : line.comment ? 'comment' : 'blank';
    return {
      kind,
      header: headers.has(line.index),
      // A blank line means nothing, even where a diagnostic points.
      verbatim: mustStayVerbatim(line) || (kind !== 'blank' && brokenLines.has(line.index)),
    level: 0,
      groupStart: false,
      region: -1,
    };
  });

  // Pass 1: which `.if` blocks span a section header (HAProxy's conditional stack crosses sections).
  const blockOf = new Map<number, Block>(); // directive line index -> its block
  {
    const stack: Block[] = [];
    for (const line of lines) {
      const kw = directiveKeyword(line, text);
      if (headers.has(line.index)) for (const b of stack) b.structural = true;
      if (!CONDITIONAL.has(kw)) continue;
      if (kw === '.if') stack.push({ structural: false });
      const top = stack[stack.length - 1];
      if (top) blockOf.set(line.index, top);
      if (kw === '.endif') stack.pop();
    }
  }

  // Pass 2: levels. `depth` counts enclosing ordinary blocks, `fileDepth` enclosing structural ones.
  const anchors: number[] = []; // lines that start a section group: headers and structural `.if`s
  const openers = new Set<number>(); // structural `.if/.elif/.else`: a header right below needs no blank line
  let region = -1;
  let depth = 0;
  let fileDepth = 0;
  const condIndent = options.indentConditionals ? 1 : 0;
  for (const line of lines) {
    const plan = plans[line.index]!;
    if (plan.header) region++, anchors.push(line.index);
    plan.region = region;
    if (plan.kind !== 'code' || plan.header) continue;
    const kw = directiveKeyword(line, text);
    const block = CONDITIONAL.has(kw) ? blockOf.get(line.index) : undefined;
    const base = region >= 0 ? 1 : 0;
    if (block?.structural) {
      if (kw !== '.endif') openers.add(line.index);
      if (kw === '.if') anchors.push(line.index);
      if (kw === '.if') plan.level = condIndent * fileDepth++;
      else if (kw === '.endif') plan.level = condIndent * (fileDepth = Math.max(0, fileDepth - 1));
      else plan.level = condIndent * Math.max(0, fileDepth - 1);
    } else if (block) {
      if (kw === '.if') plan.level = base + condIndent * depth++;
      else if (kw === '.endif') plan.level = base + condIndent * (depth = Math.max(0, depth - 1));
      else plan.level = base + condIndent * Math.max(0, depth - 1);
    } else {
      plan.level = base + condIndent * depth;
    }
  }

  placeComments(doc, plans, condIndent, anchors, openers);
  return plans;
}

/**
 * A comment block directly above a section header (or a `.if` wrapping sections), with a blank line,
 * the file start or a `.if/.elif/.else` wrapping sections above it, introduces that section: it takes the header's level and the section
 * group starts there, except right below a `.if/.elif/.else` that wraps sections. Other comments take
 * the level of the next statement of their section (one deeper before `.elif/.else/.endif`, whose
 * block they close), or the section's level at its end.
 */
function placeComments(doc: Document, plans: LinePlan[], condIndent: number, anchors: readonly number[], openers: ReadonlySet<number>): void {
  const { lines } = doc;
  const intro = new Set<number>();
  for (const a of anchors) {
    let g = a;
    while (g > 0 && plans[g - 1]!.kind === 'comment') g--;
    const introduces = g < a && (g === 0 || plans[g - 1]!.kind === 'blank' || openers.has(g - 1));
    const start = introduces ? g : a;
    let above = start - 1;
    while (above >= 0 && plans[above]!.kind === 'blank') above--;
    plans[start]!.groupStart = !openers.has(above);
    if (introduces) for (let i = g; i < a; i++) intro.add(i), (plans[i]!.level = plans[a]!.level), (plans[i]!.region = plans[a]!.region);
  }
  let next: number | undefined; // level for comments, from the next statement below in the same section
  for (let i = lines.length - 1; i >= 0; i--) {
    const plan = plans[i]!;
    if (plan.header) next = undefined;
    else if (plan.kind === 'code') {
      const kw = directiveKeyword(lines[i]!, doc.text);
      next = kw === '.elif' || kw === '.else' || kw === '.endif' ? plan.level + condIndent : plan.level;
    } else if (plan.kind === 'comment' && !intro.has(i)) plan.level = next ?? (plan.region >= 0 ? 1 : 0);
  }
}
