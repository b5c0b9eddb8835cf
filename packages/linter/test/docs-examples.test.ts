// The examples in docs/rules/*.md are fixtures: incorrect ones must report their rule, correct
// ones must not. A fence may name its target as ```haproxy version=2.6 (default 2.6).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isVersion, type HaproxyVersion } from '@hacfg/catalog';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine.js';
import { RULES } from '../src/rules/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Example {
  readonly kind: 'incorrect' | 'correct';
  readonly code: string;
  readonly version: HaproxyVersion;
}

export function examples(md: string): Example[] {
  const out: Example[] = [];
  let kind: Example['kind'] | undefined;
  const re = /^## (Incorrect|Correct)\b.*$|^```haproxy([^\n]*)\n([\s\S]*?)^```$/gm;
  for (let m = re.exec(md); m; m = re.exec(md)) {
    if (m[1]) kind = m[1] === 'Incorrect' ? 'incorrect' : 'correct';
    else if (kind) {
      const v = /version=(\S+)/.exec(m[2] ?? '')?.[1] ?? '2.6';
      out.push({ kind, code: m[3]!, version: isVersion(v) ? v : '2.6' });
    }
  }
  return out;
}

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
