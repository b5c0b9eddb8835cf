// Every global keyword and every keyword of the non-proxy sections has an own-words one-liner.
import { describe, expect, it } from 'vitest';
import { GLOBAL_KEYWORDS, OTHER_SECTION_KEYWORDS, SECTION_KEYWORD_SUMMARIES, summary, SUMMARIES } from '../src/index.js';

const globalNames = GLOBAL_KEYWORDS.map((e) => e.name);
const sectionPairs = Object.entries(OTHER_SECTION_KEYWORDS).flatMap(([section, list]) => list.map((e) => [section, e.name] as const));

function checkSentence(where: string, text: string): void {
  expect(text.length, where).toBeLessThanOrEqual(140);
  expect(text.length, where).toBeGreaterThan(10);
  expect(/[\r\n]/.test(text), where).toBe(false);
  expect(text.endsWith('.'), where).toBe(true);
  // One sentence: no sentence break before the final period (abbreviations like "e.g." are not used).
  expect(/[.!?]\s+[A-Z]/.test(text.slice(0, -1)), where).toBe(false);
  expect(/^[A-Z0-9"]/.test(text), where).toBe(true);
  expect(/^this keyword/i.test(text), where).toBe(false);
}

describe('global keyword summaries', () => {
  it('cover every global keyword of every version', () => {
    expect(globalNames.length).toBeGreaterThan(300);
    expect(globalNames.filter((n) => summary('global', n) === undefined)).toEqual([]);
  });

  it('only describe known global keywords', () => {
    const known = new Set(globalNames);
    expect(Object.keys(SUMMARIES.global).filter((n) => !known.has(n))).toEqual([]);
  });

  it('are one short sentence each', () => {
    for (const [name, text] of Object.entries(SUMMARIES.global)) checkSentence(name, text);
  });
});

describe('section keyword summaries', () => {
  it('cover every keyword of every non-proxy section, crt-store load parameters included', () => {
    expect(sectionPairs.length).toBeGreaterThan(100);
    expect(Object.hasOwn(OTHER_SECTION_KEYWORDS, 'crt-store:load')).toBe(true);
    const missing = sectionPairs.filter(([section, name]) => summary('section-keyword', name, section) === undefined);
    expect(missing).toEqual([]);
  });

  it('only describe known sections and keywords', () => {
    const unknown: string[] = [];
    for (const [section, table] of Object.entries(SECTION_KEYWORD_SUMMARIES)) {
      const known = new Set((OTHER_SECTION_KEYWORDS[section] ?? []).map((e) => e.name));
      if (!Object.hasOwn(OTHER_SECTION_KEYWORDS, section)) unknown.push(section);
      for (const name of Object.keys(table)) if (!known.has(name)) unknown.push(`${section} ${name}`);
    }
    expect(unknown).toEqual([]);
  });

  it('are one short sentence each', () => {
    for (const [section, table] of Object.entries(SECTION_KEYWORD_SUMMARIES)) {
      for (const [name, text] of Object.entries(table)) checkSentence(`${section} ${name}`, text);
    }
  });

  it('answers lookups by section', () => {
    expect(summary('section-keyword', 'nameserver', 'resolvers')).toMatch(/DNS/);
    expect(summary('section-keyword', 'crt', 'crt-store:load')).toMatch(/certificate/i);
    expect(summary('section-keyword', 'user', 'userlist')).not.toBe(summary('section-keyword', 'user', 'program'));
    expect(summary('section-keyword', 'nameserver')).toBeUndefined();
    expect(summary('section-keyword', 'nameserver', 'peers')).toBeUndefined();
    expect(summary('section-keyword', 'toString', 'resolvers')).toBeUndefined();
    expect(summary('section-keyword', 'nameserver', 'toString')).toBeUndefined();
  });
});
