// The committed src/data/*.json must be exactly what scripts/generate.mjs produces.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reference = resolve(process.env['HACFG_REFERENCE'] ?? join(pkg, '../../../shared/haproxy-reference'));
const hasReference = existsSync(join(reference, 'index.json'));

if (!hasReference) {
  console.warn(`\n*** generated.test.ts SKIPPED: reference dir ${reference} not found (set HACFG_REFERENCE). ***\n`);
}

describe('generated data', () => {
  it.skipIf(!hasReference)('matches a fresh run of scripts/generate.mjs', () => {
    const out = mkdtempSync(join(tmpdir(), 'hacfg-catalog-'));
    try {
      execFileSync(process.execPath, [join(pkg, 'scripts/generate.mjs'), '--out', out], {
        env: { ...process.env, HACFG_REFERENCE: reference },
        stdio: 'pipe',
      });
      const committed = readdirSync(join(pkg, 'src/data')).sort();
      expect(readdirSync(out).sort()).toEqual(committed);
      for (const f of committed) {
        const fresh = readFileSync(join(out, f), 'utf8');
        const have = readFileSync(join(pkg, 'src/data', f), 'utf8');
        expect(have === fresh, `${f} is stale: run node packages/catalog/scripts/generate.mjs`).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('stays well under 1.5 MB', () => {
    const dir = join(pkg, 'src/data');
    const total = readdirSync(dir).reduce((n, f) => n + readFileSync(join(dir, f)).length, 0);
    expect(total).toBeLessThan(1_000_000);
  });
});
