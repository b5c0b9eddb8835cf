/**
 * Lines holding an empty argument. HAProxy's keyword parsers stop at the first empty word, so up to
 * 3.2 the words after it are never read (3.2 warns); from 3.3 the line is refused. Lines HAProxy
 * reads as keywords count, section headers included; `.if`-family directives and the lines of
 * branches that are not taken do not (3.4 checks after those are handled; 3.3.0 checked them too,
 * which is left out so that no release's patch level gets a false error).
 */
import type { Config } from '@hacfg/model';
import { CstLine, type Document, type Line, type Word } from '@hacfg/syntax';
import { firstEmptyWord } from './env.js';

export interface EmptyArgument {
  readonly line: Line;
  /** The first empty word of the line. */
  readonly word: Word;
  /** The non-empty words after it (HAProxy up to 3.2 ignores them). */
  readonly ignored: readonly Word[];
}

const memo = new WeakMap<Config, Map<Document, readonly EmptyArgument[]>>();

export function emptyArguments(config: Config, doc: Document): readonly EmptyArgument[] {
  let byDoc = memo.get(config);
  if (!byDoc) memo.set(config, (byDoc = new Map()));
  const known = byDoc.get(doc);
  if (known) return known;
  const found: EmptyArgument[] = [];
  for (const line of doc.lines) {
    // A line that is one plain run has no quotes, so no empty word: most lines stop here unsplit.
    if (line instanceof CstLine && line.plainRun) continue;
    const words = line.words;
    const word = firstEmptyWord(words, doc.text, config.env);
    if (!word || words[0]!.value.startsWith('.') || config.inSkippedBlock(doc, line.start)) continue;
    const ignored = words.slice(words.indexOf(word) + 1).filter((w) => firstEmptyWord([w], doc.text, config.env) === undefined);
    found.push({ line, word, ignored });
  }
  byDoc.set(doc, found);
  return found;
}
