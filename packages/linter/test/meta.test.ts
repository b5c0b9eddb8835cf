// Every rule has its source, docs page and test file under the same id, and sane metadata.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('every rule', () => {
  it('has a unique id', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
  for (const rule of RULES) {
    it(`${rule.id}: source, docs and tests exist`, () => {
      const missing = [`src/rules/${rule.id}.ts`, `docs/rules/${rule.id}.md`, `test/rules/${rule.id}.test.ts`].filter((p) => !existsSync(join(root, p)));
      expect(missing).toEqual([]);
    });
    it(`${rule.id}: metadata`, () => {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.meta.description).toMatch(/^(Disallow|Require|Warn|Report)/);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      const doc = readFileSync(join(root, 'docs/rules', `${rule.id}.md`), 'utf8');
      expect(doc.startsWith(`# ${rule.id}\n`)).toBe(true);
      expect(doc).toContain('## Incorrect');
      expect(doc).toContain('## Correct');
      expect(doc).toMatch(/https:\/\/docs\.haproxy\.org\//);
    });
  }
});
