// The formatter depends on @hacfg/syntax, the editorconfig library and Node only; only the options
// resolver touches the file system, so format/formatRange stay pure.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '../src');
const files = readdirSync(src).filter((f) => f.endsWith('.ts'));
const imports = (f: string): string[] => [...readFileSync(join(src, f), 'utf8').matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1]!);

describe('formatter boundaries', () => {
  it('imports only @hacfg/syntax, editorconfig, node: and its own modules', () => {
    for (const f of files) expect(imports(f).filter((s) => !/^(\.\/|node:|@hacfg\/syntax$|editorconfig$)/.test(s)), f).toEqual([]);
  });

  it('does I/O only in resolve-options.ts', () => {
    const io = files.filter((f) => imports(f).some((s) => s.startsWith('node:fs') || s === 'editorconfig'));
    expect(io).toEqual(['resolve-options.ts']);
  });
});
