// The documented examples in fixtures/setups: each spec emits exactly its golden .cfg (written by
// UPDATE_GOLDEN=1), which HAProxy accepts and which parses and lints clean.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SETUP_KINDS, generateFromText, type SetupKind } from '@hacfg/setups';
import { describe, expect, it } from 'vitest';
import { expectCleanParseAndLint, expectHaproxyAccepts, haproxyBin } from './support/checks.js';

const dir = fileURLToPath(new URL('../../../fixtures/setups/', import.meta.url));
const specs = readdirSync(dir).filter((f) => /\.(json|ya?ml)$/.test(f));

function kindOf(file: string): SetupKind {
  const kind = SETUP_KINDS.find((k) => file.startsWith(`${k}-`));
  if (!kind) throw new Error(`${file}: name must start with one of ${SETUP_KINDS.join(', ')}`);
  return kind;
}

describe('fixtures/setups', () => {
  it('has examples of every kind', () => {
    expect(new Set(specs.map(kindOf))).toEqual(new Set(SETUP_KINDS));
  });

  for (const file of specs) {
    describe(file, () => {
      const config = generateFromText(kindOf(file), readFileSync(join(dir, file), 'utf8'), file);
      const golden = join(dir, file.replace(/\.(json|ya?ml)$/, '.cfg'));

      it('emits its golden configuration', () => {
        if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, config);
        expect(existsSync(golden), `${golden} missing: run with UPDATE_GOLDEN=1`).toBe(true);
        expect(config).toBe(readFileSync(golden, 'utf8'));
      });

      it('parses and lints clean', () => expectCleanParseAndLint(config));

      it.skipIf(!haproxyBin)('passes haproxy -c', () => expectHaproxyAccepts(config));
    });
  }
});
