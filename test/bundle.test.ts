// The bundle bin/hacfg.js prefers (scripts/bundle-cli.mjs) must be made from the current build:
// a `tsc -b` without the bundling step would otherwise leave the command line running old code.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/corpus.js';

const dir = join(repoRoot, 'packages/cli/bundle');

describe('CLI bundle', () => {
  it('exists and is newer than every compiled module it was made from', () => {
    const made = statSync(join(dir, 'hacfg.mjs')).mtimeMs;
    const inputs = JSON.parse(readFileSync(join(dir, 'inputs.json'), 'utf8')) as string[];
    expect(inputs).toContain('packages/linter/dist/engine.js');
    const stale = inputs.filter((f) => statSync(join(repoRoot, f)).mtimeMs > made);
    expect(stale, 'run `npm run build`').toEqual([]);
  });

  it('holds every compiled module of the command line', () => {
    const inputs = new Set(JSON.parse(readFileSync(join(dir, 'inputs.json'), 'utf8')) as string[]);
    for (const pkg of ['catalog', 'syntax', 'model', 'linter', 'cli']) expect([...inputs].some((f) => f.startsWith(`packages/${pkg}/dist/`)), pkg).toBe(true);
  });
});
