// Dogfood: the configs this project ships as examples are formatted and lint clean, checked through
// the real CLI entry point (as a user or CI job would run it).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../packages/cli/test/helpers.js';
import { repoRoot } from './support/corpus.js';

const shipped = ['fixtures/setups', 'fixtures/describe'].map((d) => join(repoRoot, d));

describe('shipped example configs', () => {
  it('are formatted (hacfg fmt --check)', async () => {
    const r = await runCli(['fmt', '--check', ...shipped]);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
  it('lint clean for HAProxy 2.6 (hacfg lint)', async () => {
    const r = await runCli(['lint', '--haproxy-version', '2.6', '--format', 'json', join(repoRoot, 'fixtures/setups')]);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: unknown[] }[];
    expect(results.length).toBeGreaterThanOrEqual(5);
    expect(results.flatMap((f) => f.messages)).toEqual([]);
    expect(r.code).toBe(0);
  });
});
