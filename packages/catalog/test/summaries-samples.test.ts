import { describe, expect, it } from 'vitest';
import { CONVERTERS, FETCHES, summary } from '../src/index.js';
import { CONVERTER_SUMMARY_FAMILIES, CONVERTER_SUMMARIES, FETCH_SUMMARIES, FETCH_SUMMARY_FAMILIES } from '../src/summaries-samples.js';

const cases = [
  { category: 'fetch', names: FETCHES.map((e) => e.name), table: FETCH_SUMMARIES, families: FETCH_SUMMARY_FAMILIES },
  { category: 'converter', names: CONVERTERS.map((e) => e.name), table: CONVERTER_SUMMARIES, families: CONVERTER_SUMMARY_FAMILIES },
] as const;

describe.each(cases)('$category summaries', ({ category, names, table, families }) => {
  it('cover every name of every version', () => {
    const missing = names.filter((n) => summary(category, n) === undefined);
    expect(missing).toEqual([]);
  });

  it('describe only known names', () => {
    const known = new Set<string>(names);
    expect(Object.keys(table).filter((n) => !known.has(n))).toEqual([]);
  });

  it('give each name in exactly one family file', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [family, t] of Object.entries(families)) {
      for (const name of Object.keys(t)) {
        if (seen.has(name)) twice.push(`${name} (${seen.get(name)}, ${family})`);
        seen.set(name, family);
      }
    }
    expect(twice).toEqual([]);
  });

  it('are one short sentence each', () => {
    for (const [name, text] of Object.entries(table)) {
      expect(text.length, name).toBeLessThanOrEqual(140);
      expect(text, name).not.toMatch(/[\r\n]/);
      expect(text, name).toMatch(/^[A-Z0-9\d'"(]/);
      expect(text.endsWith('.'), name).toBe(true);
      // A full stop followed by a capital would start a second sentence.
      expect(text.slice(0, -1), name).not.toMatch(/[.!?]\s+[A-Z]/);
      expect(text, name).not.toMatch(/\s{2}|\.\.$/);
    }
  });
});

describe('sample summaries', () => {
  it('answer lookups through summary()', () => {
    expect(summary('fetch', 'ssl_fc_sni')).toMatch(/SNI/);
    expect(summary('fetch', 'sc1_http_req_rate')).toMatch(/slot 1/);
    expect(summary('converter', 'map_beg_int')).toMatch(/prefix.*integer/);
    expect(summary('converter', 'map_ip_key')).toMatch(/matched key/);
    expect(summary('fetch', 'hdr_beg')).toBeUndefined(); // ACL-only derivative of req.hdr
  });
});
