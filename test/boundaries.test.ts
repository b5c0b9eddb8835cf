// Architecture invariants, checked rather than only written down: imports flow one way
// (catalog ← syntax ← model ← linter ← cli; syntax ← formatter ← setups ← cli), commander only in
// the CLI, and each package imports only the libraries it declares.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/corpus.js';

const ALLOWED: Record<string, readonly string[]> = {
  catalog: [],
  syntax: ['@hacfg/catalog', 'chevrotain', 'fastest-levenshtein'],
  model: ['@hacfg/catalog', '@hacfg/syntax'],
  linter: ['@hacfg/catalog', '@hacfg/syntax', '@hacfg/model'],
  formatter: ['@hacfg/catalog', '@hacfg/syntax', 'editorconfig'],
  setups: ['@hacfg/catalog', '@hacfg/syntax', '@hacfg/formatter', 'yaml', 'zod'],
  cli: ['@hacfg/catalog', '@hacfg/syntax', '@hacfg/model', '@hacfg/linter', '@hacfg/formatter', '@hacfg/setups', 'commander', 'diff', 'picomatch', 'sarif'],
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Bare package names imported by a source file (relative and node: imports excluded). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out = new Set<string>();
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    if (spec.startsWith('.') || spec.startsWith('node:')) continue;
    out.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
  }
  return [...out];
}

describe('package boundaries', () => {
  const packages = readdirSync(join(repoRoot, 'packages')).sort();
  it('knows every package', () => expect(packages).toEqual(Object.keys(ALLOWED).sort()));
  it.each(packages)('%s imports only what it may', (pkg) => {
    const bad: string[] = [];
    for (const file of sources(join(repoRoot, 'packages', pkg, 'src'))) {
      for (const spec of imports(file)) if (!ALLOWED[pkg]!.includes(spec)) bad.push(`${file.slice(repoRoot.length + 1)}: ${spec}`);
    }
    expect(bad).toEqual([]);
  });
  it('declares what it imports in its package.json', () => {
    for (const pkg of packages) {
      const manifest = JSON.parse(readFileSync(join(repoRoot, 'packages', pkg, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
      const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);
      const used = new Set(sources(join(repoRoot, 'packages', pkg, 'src')).flatMap(imports));
      const missing = [...used].filter((u) => !declared.has(u) && !declared.has(`@types/${u}`));
      expect(missing, pkg).toEqual([]);
    }
  });
});
