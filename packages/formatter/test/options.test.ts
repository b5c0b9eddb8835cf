// Options: defaults, validation, and resolution from .editorconfig and .hacfg.json (flags win).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_OPTIONS, FormatOptionsError, format, mergeOptions, resolveFormatOptions, UnformattableError } from '@hacfg/formatter';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'hacfg-fmt-options-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 'case-'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}

describe('mergeOptions', () => {
  it('starts from the defaults and lets later sources win', () => {
    expect(mergeOptions()).toEqual(DEFAULT_OPTIONS);
    expect(mergeOptions({ indentWidth: 2 }, { indentWidth: 3, useTabs: undefined })).toEqual({ ...DEFAULT_OPTIONS, indentWidth: 3 });
  });

  it('rejects invalid values with a message naming the option', () => {
    expect(() => mergeOptions({ indentWidth: 0 })).toThrow(/indent width/);
    expect(() => mergeOptions({ maxBlankLines: -1 })).toThrow(/blank lines/);
    expect(() => mergeOptions({ endOfLine: 'cr' as never })).toThrow(FormatOptionsError);
  });
});

describe('resolveFormatOptions', () => {
  it('reads indent_style, indent_size, end_of_line and insert_final_newline from .editorconfig', async () => {
    const dir = tree({ '.editorconfig': 'root = true\n[*.cfg]\nindent_style = space\nindent_size = 2\nend_of_line = crlf\ninsert_final_newline = false\n', 'haproxy.cfg': '' });
    expect(await resolveFormatOptions(join(dir, 'haproxy.cfg'))).toEqual({ ...DEFAULT_OPTIONS, indentWidth: 2, endOfLine: 'crlf', finalNewline: false });
  });

  it('lets .hacfg.json override .editorconfig, and flags override both', async () => {
    const dir = tree({
      '.editorconfig': 'root = true\n[*]\nindent_style = tab\n',
      '.hacfg.json': JSON.stringify({ format: { useTabs: false, indentWidth: 3, alignServers: true } }),
      'conf/haproxy.cfg': '',
    });
    const file = join(dir, 'conf/haproxy.cfg');
    expect(await resolveFormatOptions(file)).toMatchObject({ useTabs: false, indentWidth: 3, alignServers: true });
    expect(await resolveFormatOptions(file, { indentWidth: 8, alignServers: undefined })).toMatchObject({ indentWidth: 8, alignServers: true });
  });

  it('ignores .editorconfig sections that do not match the file', async () => {
    const dir = tree({ '.editorconfig': 'root = true\n[*.yaml]\nindent_size = 2\n', 'a.cfg': '' });
    expect((await resolveFormatOptions(join(dir, 'a.cfg'))).indentWidth).toBe(4);
  });

  it('reports unknown keys and bad JSON in .hacfg.json', async () => {
    const unknown = tree({ '.editorconfig': 'root = true\n', '.hacfg.json': '{"format":{"indent":2}}' });
    await expect(resolveFormatOptions(join(unknown, 'a.cfg'))).rejects.toThrow(/unknown format option "indent"/);
    const broken = tree({ '.editorconfig': 'root = true\n', '.hacfg.json': '{format' });
    await expect(resolveFormatOptions(join(broken, 'a.cfg'))).rejects.toThrow(FormatOptionsError);
  });
});

describe('format on documents with syntax errors', () => {
  const broken = 'global\n  log "unterminated\n  maxconn   10\n';
  it('refuses by default, naming the first error', () => {
    expect(() => format(broken)).toThrow(UnformattableError);
    expect(() => format(broken)).toThrow(/unmatched quote/);
  });
  it('with force, formats around the broken lines and leaves them byte-identical', () => {
    expect(format(broken, { force: true })).toBe('global\n  log "unterminated\n    maxconn 10\n');
  });
});
