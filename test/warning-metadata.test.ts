/**
 * The rules that say they mirror a HAProxy warning (meta.haproxyWarning, which `zero-warning`
 * turns into errors) are exactly the ones whose agreement with haproxy 2.6's warnings the fidelity
 * and mutation tests of warnings check (support/warning-classes.ts).
 */
import { RULES } from '@hacfg/linter';
import { describe, expect, it } from 'vitest';
import { CLASSES } from './support/warning-classes.js';

describe('rules mirroring HAProxy warnings', () => {
  it('are the ones the warning fidelity tests map', () => {
    const flagged = RULES.flatMap((r) => {
      const w = r.meta.haproxyWarning;
      if (!w) return [];
      return w === true ? [r.id] : w.map((m) => `${r.id}/${m}`);
    }).sort();
    const mapped = [...new Set(CLASSES.map((c) => (c.messageId ? `${c.rule}/${c.messageId}` : c.rule)))].sort();
    expect(flagged).toEqual(mapped);
    expect(flagged.length).toBeGreaterThan(20);
  });
});
