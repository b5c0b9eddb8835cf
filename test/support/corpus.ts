/**
 * Access to ../shared/corpus (never copied into the project). Where it is absent the tests that need
 * it are skipped with a visible notice, unless CI or HACFG_REQUIRE_CORPUS demands it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decode } from '../../packages/cli/src/io.js';

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

/** The CLI's own byte-exact decoding (UTF-8 when valid, latin1 otherwise), so tests read files as users do. */
export const decodeBytes = decode;

export interface CorpusFile {
  readonly rel: string;
  readonly bytes: Buffer;
  readonly text: string;
  readonly encoding: 'utf8' | 'latin1';
}

/** Corpus files under the given folders, sorted, read and decoded. */
export function loadCorpus(dirs: readonly string[] = ['public', 'regtests', 'templates']): CorpusFile[] {
  if (!corpusAvailable) return [];
  return corpusFiles()
    .filter((rel) => dirs.some((d) => rel.startsWith(`${d}/`)))
    .map((rel) => {
      const bytes = readCorpusFile(rel);
      return { rel, bytes, ...decodeBytes(bytes) };
    });
}

/** Manifest entries by path relative to the corpus dir. */
export function manifestByPath(): Map<string, ManifestEntry & { readonly subkind?: string }> {
  return new Map(manifest().map((e) => [e.path, e]));
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

/**
 * The text HAProxy checked for a corpus file: for a VTest block (manifest `subkind: vtc`) the labelling
 * replaced VTest's `${X_addr}`, `${X_port}` and `${X_sock}` macros by 127.0.0.1 and a port before
 * HAProxy read the file (see the corpus README); hacfg must read the same words. Other `${…}`
 * stay for HAProxy's (and hacfg's) own expansion. Line numbers do not change.
 */
export function asLabelled(text: string, entry: { readonly subkind?: string }): string {
  return entry.subkind === 'vtc' ? vtestMacrosExpanded(text) : text;
}

function vtestMacrosExpanded(text: string): string {
  const ports = new Map<string, number>();
  const port = (name: string): number => {
    let p = ports.get(name);
    if (p === undefined) ports.set(name, (p = 20000 + ports.size));
    return p;
  };
  return text.replace(/\$\{(\w+)_(addr|port|sock)\}/g, (_m, name: string, what: string) => (what === 'addr' ? '127.0.0.1' : what === 'port' ? String(port(name)) : `127.0.0.1:${port(name)}`));
}
