import { parse } from '@hacfg/syntax';
import { describe, expect, it } from 'vitest';
import { buildConfig } from '../src/index.js';

describe('a section header in a .if branch HAProxy skips', () => {
  it('opens nothing: the lines after the block stay in the section before it, or out of section', () => {
    const text = ['.if defined(NOPE)', 'listen skipped', '    bind :1', '.endif', '    bind :2', 'frontend f', '    bind :80', '.if defined(NOPE)', 'backend b', '.endif', '    timeout client 5s', ''].join('\n');
    const doc = parse(text);
    const config = buildConfig([doc], { version: '2.6' });
    expect(config.sections.map((s) => s.name)).toEqual(['f']);
    expect(config.sections[0]!.statements.filter((s) => s.type !== 'conditional').map((s) => s.line.index)).toEqual([6, 10]);
    expect(config.outOfSection(doc).filter((s) => s.type !== 'conditional').map((s) => s.line.index)).toEqual([4]);
    expect(config.inSkippedBlock(doc, text.indexOf('bind :1'))).toBe(true);
    expect(config.inSkippedBlock(doc, text.indexOf('bind :2'))).toBe(false);
  });

  it('is an ordinary section when the branch is taken', () => {
    const text = '.if defined(YES)\nbackend b\n.endif\n    timeout server 5s\n';
    const config = buildConfig([parse(text)], { version: '2.6', env: { YES: '1' } });
    expect(config.sections.map((s) => [s.name, s.statements.filter((x) => x.type !== 'conditional').length])).toEqual([['b', 1]]);
  });
});
