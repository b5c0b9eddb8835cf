/**
 * Access to ../shared/corpus (never copied into the project). Where it is absent the tests that need
 * it are skipped with a visible notice, unless CI or HACFG_REQUIRE_CORPUS demands it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export const corpusDir: string = resolve(ROOT, process.env.HACFG_CORPUS ?? '../shared/corpus');
export const corpusAvailable: boolean = existsSync(join(corpusDir, 'manifest.jsonl'));
export const corpusRequired: boolean = process.env.HACFG_REQUIRE_CORPUS === '1' || process.env.CI === 'true';

if (!corpusAvailable) {
  const msg = `corpus not found at ${corpusDir} (set HACFG_CORPUS)`;
  if (corpusRequired) throw new Error(`${msg}: required in CI`);
  console.warn(`NOTICE: ${msg}; corpus tests are skipped`);
}

export interface ManifestEntry {
  readonly id: string;
  readonly path: string;
  readonly kind: string;
  readonly haproxy26: 'valid' | 'valid-with-warnings' | 'invalid';
  readonly haproxy26_exit: number;
  readonly error_classes: readonly string[];
  readonly final_newline: boolean;
  readonly encoding: string;
}

export function manifest(): ManifestEntry[] {
  if (!corpusAvailable) return [];
  return readFileSync(join(corpusDir, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ManifestEntry);
}

/** Every corpus file path relative to the corpus dir (public/, regtests/, templates/). */
export function corpusFiles(): string[] {
  if (!corpusAvailable) return [];
  return ['public', 'regtests', 'templates'].flatMap((d) => readdirSync(join(corpusDir, d)).sort().map((f) => `${d}/${f}`));
}

export function readCorpusFile(rel: string): Buffer {
  return readFileSync(join(corpusDir, rel));
}

/** The project's own fixture configs (*.cfg under fixtures/), relative to the repo root. */
export function fixtureFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.cfg')) out.push(rel);
    }
  };
  if (existsSync(join(ROOT, 'fixtures'))) walk('fixtures');
  return out.sort();
}

export function readFixture(rel: string): Buffer {
  return readFileSync(join(ROOT, rel));
}

export const repoRoot: string = ROOT;
