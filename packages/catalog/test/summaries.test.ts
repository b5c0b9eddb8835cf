import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  BIND_OPTIONS,
  CONVERTERS,
  FETCHES,
  GLOBAL_KEYWORDS,
  MISC,
  PROXY_KEYWORDS,
  SECTION_ENTRIES,
  SERVER_OPTIONS,
  summary,
  SUMMARIES,
  type SummaryCategory,
} from '../src/index.js';

const known: { readonly [C in SummaryCategory]: ReadonlySet<string> } = {
  section: new Set(SECTION_ENTRIES.map((e) => e.name)),
  proxy: new Set(PROXY_KEYWORDS.map((e) => e.name)),
  global: new Set(GLOBAL_KEYWORDS.map((e) => e.name)),
  bind: new Set(BIND_OPTIONS.map((e) => e.name)),
  server: new Set(SERVER_OPTIONS.map((e) => e.name)),
  action: new Set(ACTIONS.map((e) => e.name)),
  fetch: new Set(FETCHES.map((e) => e.name)),
  converter: new Set(CONVERTERS.map((e) => e.name)),
  balance: new Set(MISC.balance.map((e) => e.name)),
};

describe('summaries', () => {
  it('only describe known names', () => {
    for (const [cat, table] of Object.entries(SUMMARIES) as [SummaryCategory, Record<string, string>][]) {
      const unknown = Object.keys(table).filter((n) => !known[cat].has(n));
      expect(unknown, cat).toEqual([]);
    }
  });

  it('cover every section, proxy keyword, balance algorithm, bind/server option and action', () => {
    for (const cat of ['section', 'proxy', 'balance', 'bind', 'server', 'action'] as const) {
      const missing = [...known[cat]].filter((n) => summary(cat, n) === undefined);
      expect(missing, cat).toEqual([]);
    }
  });

  it('cover the common global keywords and samples', () => {
    expect(Object.keys(SUMMARIES.global).length).toBeGreaterThanOrEqual(80);
    expect(Object.keys(SUMMARIES.fetch).length + Object.keys(SUMMARIES.converter).length).toBeGreaterThanOrEqual(120);
  });

  it('are single short sentences', () => {
    for (const table of Object.values(SUMMARIES)) {
      for (const [name, text] of Object.entries(table)) {
        expect(text.length, name).toBeLessThan(120);
        expect(text.includes('\n'), name).toBe(false);
        expect(text.endsWith('.'), name).toBe(true);
      }
    }
  });

  it('answers lookups', () => {
    expect(summary('proxy', 'timeout client')).toMatch(/client/i);
    expect(summary('proxy', 'nosuch')).toBeUndefined();
    expect(summary('fetch', 'toString')).toBeUndefined();
  });
});
