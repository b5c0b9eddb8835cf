// The examples in docs/rules/*.md are fixtures: incorrect ones must report their rule, correct
// ones must not. A fence may name its target as ```haproxy version=2.6 (default 2.6).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine.js';
import { RULES } from '../src/rules/index.js';
import { examples } from './support/examples.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('docs examples', () => {
  for (const rule of RULES) {
    const md = readFileSync(join(root, 'docs/rules', `${rule.id}.md`), 'utf8');
    const list = examples(md);
    it(`${rule.id}: has an incorrect and a correct example`, () => {
      expect(list.some((e) => e.kind === 'incorrect')).toBe(true);
      expect(list.some((e) => e.kind === 'correct')).toBe(true);
    });
    list.forEach((ex, i) => {
      it(`${rule.id}: ${ex.kind} example #${i + 1}`, () => {
        const ids = lintText(ex.code, { haproxyVersion: ex.version }).messages.map((m) => m.ruleId);
        if (ex.kind === 'incorrect') expect(ids).toContain(rule.id);
        else expect(ids).not.toContain(rule.id);
      });
    });
  }
});
