/**
 * The catalog's word counts for `option …` (argFacts('proxy', 'option …')) are facts about HAProxy:
 * with the words it allows, each option is accepted by the real one; one word more (and one word
 * short, where words are required) it is refused. Every option HAProxy 2.6 knows that has facts.
 */
import { allKeywordNames, argFacts, enumValues, compareVersions, type ArgType, type HaproxyVersion } from '@hacfg/catalog';
import { describe, expect, it } from 'vitest';
import { checkConfig, haproxyBin } from './support/haproxy.js';
import { pool } from './support/pool.js';

const VERSION: HaproxyVersion = '2.6';

/** A value HAProxy accepts for a word of that type. */
function validWord(t: ArgType | undefined): string {
  if (t?.type === 'enum') return enumValues(t, VERSION, compareVersions as (a: HaproxyVersion, b: HaproxyVersion) => number)[0]!;
  if (t?.type === 'time' || t?.type === 'int' || t?.type === 'size') return '1';
  return 'x';
}

const proxy = (line: string): string =>
  ['defaults', '    timeout connect 1s', '    timeout client 1s', '    timeout server 1s', 'listen l', '    mode http', '    bind 127.0.0.1:8080', `    ${line}`, '    server s 127.0.0.1:80', ''].join('\n');

describe.skipIf(!haproxyBin)('option word counts', () => {
  it('are accepted up to the catalog maximum and refused past it', { timeout: 180_000 }, async () => {
    const options = allKeywordNames('listen', VERSION).filter((n) => n.startsWith('option ') && argFacts('proxy', n)?.max !== undefined);
    const results = await pool(options, 2, async (name) => {
      const facts = argFacts('proxy', name)!;
      const words = Array.from({ length: facts.max! }, (_, i) => validWord(facts.args?.[i]));
      const full = `${name} ${words.join(' ')}`.trim();
      const short = facts.min ? `${name} ${words.slice(0, facts.min - 1).join(' ')}`.trim() : undefined;
      return {
        name,
        full: await checkConfig(proxy(full)),
        extra: await checkConfig(proxy(`${full} extra`)),
        short: short === undefined ? undefined : await checkConfig(proxy(short)),
      };
    });
    for (const { name, full, extra, short } of results) {
      // Only alerts about the option's own line: some options need more of the configuration (external-check).
      expect(full.alerts.filter((a) => a.includes('FILE:8]')), name).toEqual([]);
      expect(extra.exitCode, name).not.toBe(0);
      expect(extra.alerts.join('\n'), name).toMatch(/unexpected argument|only supports|expects/);
      if (short) expect(short.exitCode, name).not.toBe(0);
    }
    expect(options.length).toBeGreaterThan(40);
  });
});
