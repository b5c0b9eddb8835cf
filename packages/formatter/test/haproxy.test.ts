// The real HAProxy reads every corpus file the same before and after formatting: same exit code,
// same ALERT/WARNING messages (line numbers and scratch paths aside).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format, UnformattableError, type FormatOptions } from '@hacfg/formatter';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusFiles, manifestByPath, repoRoot, type CorpusFile } from './support/corpus.js';
import { haproxyBin, haproxyCheck, VTEST_PREFIX, type Verdict } from './support/haproxy.js';

const CONCURRENCY = 2;

async function pool<T>(items: readonly T[], worker: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const run = async (): Promise<void> => {
    while (next < items.length) await worker(items[next++]!);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, run));
}

describe.skipIf(!corpusAvailable || !haproxyBin)('haproxy -c agrees before and after formatting', () => {
  it('on every public and reg-test corpus file', { timeout: 300_000 }, async () => {
    const manifest = manifestByPath();
    const files = corpusFiles(['public', 'regtests']);
    const mismatches: { file: string; before: Verdict; after: Verdict }[] = [];
    let checked = 0;
    let unchanged = 0;
    let unformattable = 0;
    const started = Date.now();
    await pool(files, async (f: CorpusFile) => {
      let out: string;
      try {
        out = format(f.text);
      } catch (e) {
        if (!(e instanceof UnformattableError)) throw e;
        unformattable++;
        return;
      }
      // Identical bytes cannot be read differently: no need to ask HAProxy.
      if (out === f.text) return void unchanged++;
      const prefix = manifest.get(f.rel)?.subkind === 'vtc' ? VTEST_PREFIX : '';
      const encode = (s: string): Buffer => Buffer.concat([Buffer.from(prefix), Buffer.from(s, f.encoding)]);
      const [before, after] = [await haproxyCheck(encode(f.text)), await haproxyCheck(encode(out))];
      checked++;
      if (before.exitCode !== after.exitCode || JSON.stringify(before.messages) !== JSON.stringify(after.messages)) mismatches.push({ file: f.rel, before, after });
    });
    console.log(`haproxy oracle: ${checked} files checked before/after, ${unchanged} already formatted, ${unformattable} not formattable (syntax errors), ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(files.length).toBeGreaterThan(0);
    expect(checked).toBeGreaterThan(files.length / 2);
    expect(mismatches).toEqual([]);
  });
});

describe.skipIf(!haproxyBin)('haproxy -c agrees on the golden fixtures', () => {
  const dir = join(repoRoot, 'fixtures/format');
  const inputs = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.in.cfg')).sort();
  const variants: Partial<FormatOptions>[] = [{}, { useTabs: true, alignServers: true, indentConditionals: false, maxBlankLines: 0, endOfLine: 'crlf' }];
  it('with default and non-default options', { timeout: 120_000 }, async () => {
    const mismatches: string[] = [];
    await pool(inputs, async (rel) => {
      const text = readFileSync(join(dir, rel), 'utf8');
      const before = await haproxyCheck(Buffer.from(text));
      for (const options of variants) {
        const after = await haproxyCheck(Buffer.from(format(text, options)));
        if (before.exitCode !== after.exitCode || JSON.stringify(before.messages) !== JSON.stringify(after.messages)) mismatches.push(`${rel} ${JSON.stringify(options)}`);
      }
    });
    expect(inputs.length).toBeGreaterThan(10);
    expect(mismatches).toEqual([]);
  });
});

describe.skipIf(!haproxyBin)('the oracle itself', () => {
  it('tells a changed word apart, and ignores moved lines', async () => {
    const base = await haproxyCheck(Buffer.from('global\n    maxconn 10\n    bogus-keyword 1\n'));
    const moved = await haproxyCheck(Buffer.from('global\n\n\n  maxconn 10\n  bogus-keyword 1\n'));
    const changed = await haproxyCheck(Buffer.from('global\n    maxconn 10\n    bogus-keywords 1\n'));
    expect(base.messages.some((m) => m.startsWith('ALERT: ') && m.includes('bogus-keyword'))).toBe(true);
    expect(moved).toEqual(base);
    expect(changed.messages).not.toEqual(base.messages);
  });
});
