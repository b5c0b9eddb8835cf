/**
 * The shared corpus (../shared/corpus, or $HACFG_CORPUS), read in place and never copied into the
 * repository. Where it is absent the corpus tests are skipped with a visible notice.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../../..');
export const corpusDir = resolve(repoRoot, process.env.HACFG_CORPUS ?? '../shared/corpus');
export const corpusAvailable = existsSync(join(corpusDir, 'public'));

if (!corpusAvailable) {
  const msg = `corpus not found at ${corpusDir} (set HACFG_CORPUS)`;
  if (process.env.HACFG_REQUIRE_CORPUS === '1' || process.env.CI === 'true') throw new Error(`${msg}: required in CI`);
  console.warn(`NOTICE: ${msg}: formatter corpus tests are skipped`);
}

export interface CorpusFile {
  readonly rel: string;
  readonly bytes: Buffer;
  readonly text: string;
  readonly encoding: 'utf8' | 'latin1';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The same byte-exact decoding as the CLI: UTF-8 when valid, latin1 otherwise. */
export function decodeBytes(bytes: Buffer): { text: string; encoding: 'utf8' | 'latin1' } {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf8' };
  } catch {
    return { text: bytes.toString('latin1'), encoding: 'latin1' };
  }
}

/** Corpus files under the given subdirectories, sorted. */
export function corpusFiles(dirs: readonly string[] = ['public', 'regtests', 'templates']): CorpusFile[] {
  if (!corpusAvailable) return [];
  return dirs.flatMap((d) =>
    existsSync(join(corpusDir, d))
      ? readdirSync(join(corpusDir, d))
          .filter((f) => f.endsWith('.cfg'))
          .sort()
          .map((f) => {
            const bytes = readFileSync(join(corpusDir, d, f));
            return { rel: `${d}/${f}`, bytes, ...decodeBytes(bytes) };
          })
      : [],
  );
}

/** Manifest entries by relative path (for the VTest details of reg-test blocks). */
export function manifestByPath(): Map<string, { subkind?: string }> {
  const out = new Map<string, { subkind?: string }>();
  const file = join(corpusDir, 'manifest.jsonl');
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const e = JSON.parse(line) as { path: string; subkind?: string };
    out.set(e.path, e);
  }
  return out;
}
