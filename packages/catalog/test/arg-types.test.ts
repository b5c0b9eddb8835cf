// Hand-written argument facts and readers (values checked with haproxy -c 2.6.12).
import { describe, expect, it } from 'vitest';
import { argFacts, checkInt, checkSize, checkTime, converter, enumValues, compareVersions, matchKeyword } from '../src/index.js';
import { signatureMaxWords } from '../src/arg-types.js';

describe('argument facts', () => {
  it('types timeouts, server and global keywords', () => {
    expect(argFacts('proxy', 'timeout client')).toEqual({ min: 1, max: 1, args: [{ type: 'time', unit: 'ms' }] });
    expect(argFacts('server', 'weight')?.args?.[0]).toEqual({ type: 'int', parse: 'lax', min: 0, max: 256 });
    expect(argFacts('global', 'nbthread')?.args?.[0]).toEqual({ type: 'int', parse: 'strict', min: 1, max: 64 });
    expect(argFacts('bind', 'unknown-thing')).toBeUndefined();
  });
  it('reads delays like parse_time_err', () => {
    const ms = { type: 'time', unit: 'ms' } as const;
    expect(checkTime('5s', ms)).toBeUndefined();
    expect(checkTime('5sx', ms)).toEqual({ kind: 'trailing', char: 'x' }); // read as 5s, with a warning
    expect(checkTime('5x', ms)).toEqual({ kind: 'char', char: 'x' });
    expect(checkTime('30d', ms)).toEqual({ kind: 'overflow' });
    expect(checkTime('24d', ms)).toBeUndefined();
    expect(checkTime('0', { ...ms, nonZero: true })).toEqual({ kind: 'zero' });
    expect(checkTime('100us', { ...ms, nonZero: true })).toBeUndefined();
  });
  it('reads integers strictly or like atol', () => {
    expect(checkInt('x', { type: 'int', parse: 'lax', min: 0, max: 256 })).toBeUndefined();
    expect(checkInt('257', { type: 'int', parse: 'lax', min: 0, max: 256 })).toEqual({ kind: 'range', value: 257 });
    expect(checkInt('x', { type: 'int', parse: 'lax', min: 1 })).toEqual({ kind: 'range', value: 0 });
    expect(checkInt('name', { type: 'int', parse: 'strict', min: 1 })).toEqual({ kind: 'char', char: 'n' });
  });
  it('reads sizes and enums', () => {
    expect(checkSize('1k')).toBeUndefined();
    expect(checkSize('1kx')).toEqual({ kind: 'char', char: 'x' });
    const mode = argFacts('proxy', 'mode')!.args![0]!;
    expect(mode.type === 'enum' && enumValues(mode, '2.6', compareVersions)).toEqual(['tcp', 'http']);
  });
});

describe('overrides applied by the query API', () => {
  it('knows converters backported to 2.6', () => {
    for (const n of ['host_only', 'port_only', 'table_expire', 'table_idle']) expect(converter(n, '2.6')?.name).toBe(n);
    expect(converter('host_only', '2.4')).toBeUndefined();
  });
  it('matches the global no prefix and flags it where HAProxy refuses it', () => {
    expect(matchKeyword('global', ['no', 'log'])).toMatchObject({ prefix: 'no', consumed: 2 });
    expect(matchKeyword('global', ['no', 'log'])?.badPrefix).toBeUndefined();
    expect(matchKeyword('global', ['no', 'maxconn'])?.badPrefix).toBe(true);
  });
});

describe('global word counts in releases documented differently from 2.6', () => {
  it('counts the words a signature allows', () => {
    expect(signatureMaxWords('chroot { <jail dir> | auto }', 'chroot')).toBe(1);
    expect(signatureMaxWords('chroot <jail dir>', 'chroot')).toBe(1);
    expect(signatureMaxWords('set-dumpable [ on | off | libs ]', 'set-dumpable')).toBe(1);
    expect(signatureMaxWords('setenv <name> <value>', 'setenv')).toBe(2);
    expect(signatureMaxWords('profiling.tasks { auto | on | off }*', 'profiling.tasks')).toBe(Infinity);
  });
  it("keep 2.6's maximum where the documented count is unchanged, up to 3.4 (probed on 2.8, 3.0 and 3.4)", () => {
    // 3.4 documents `chroot { <jail dir> | auto }` and `tune.bufsize <size>`: still one word.
    expect(argFacts('global', 'chroot', '3.4')?.max).toBe(1);
    expect(argFacts('global', 'tune.bufsize', '3.4')?.max).toBe(1);
    // `set-dumpable [ on | off | libs ]` (3.4) and `external-check [preserve-env]` (2.9) take a word: not 2.6's maximum but their own.
    expect(argFacts('global', 'set-dumpable', '3.2')?.max).toBe(0);
    expect(argFacts('global', 'set-dumpable', '3.4')).toEqual({ max: 1, args: [{ type: 'enum', values: ['on', 'libs', 'off'] }] });
    expect(argFacts('global', 'external-check', '2.8')?.max).toBe(0);
    expect(argFacts('global', 'external-check', '2.9')).toEqual({ max: 1, args: [{ type: 'enum', values: ['preserve-env'] }] });
    // Not past the last release probed.
    expect(argFacts('global', 'chroot', '3.5-dev')?.max).toBeUndefined();
  });
});
