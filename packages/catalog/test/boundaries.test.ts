// The catalog is data only: its sources import nothing but each other and JSON data.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

describe('package boundaries', () => {
  it('src imports only relative modules', () => {
    for (const f of readdirSync(src).filter((n) => n.endsWith('.ts'))) {
      const text = readFileSync(join(src, f), 'utf8');
      const specifiers = [...text.matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1] ?? '');
      expect(specifiers.filter((s) => !s.startsWith('./')), f).toEqual([]);
    }
  });
});
