// formatRange: only whole lines meeting the range change; edits are exact and minimal.
import { format, formatRange, UnformattableError, type TextEdit } from '@hacfg/formatter';
import { describe, expect, it } from 'vitest';

const text = 'global\n  maxconn   10\n\tdaemon\n\n\n\nbackend b\n  server  a 10.0.0.1:80\n';

function apply(src: string, edits: readonly TextEdit[]): string {
  let out = src;
  for (const e of [...edits].reverse()) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

describe('formatRange', () => {
  it('formats only the lines the range meets', () => {
    const start = text.indexOf('maxconn');
    const edits = formatRange(text, { start, end: start + 3 });
    expect(edits).toEqual([{ range: { start: text.indexOf('  maxconn'), end: text.indexOf('\tdaemon') }, newText: '    maxconn 10\n' }]);
  });

  it('does not take in the line a range ends on at column 0', () => {
    const edits = formatRange(text, { start: text.indexOf('  maxconn'), end: text.indexOf('\tdaemon') });
    expect(edits.map((e) => e.newText)).toEqual(['    maxconn 10\n']);
  });

  it('takes the line an empty range (a cursor) is on', () => {
    const at = text.indexOf('daemon') + 2;
    expect(formatRange(text, { start: at, end: at }).map((e) => e.newText)).toEqual(['    daemon\n']);
  });

  it('drops surplus blank lines inside the range, like the whole-file format', () => {
    const from = text.indexOf('\tdaemon');
    const edits = formatRange(text, { start: from, end: text.indexOf('backend') });
    expect(apply(text, edits)).toBe('global\n  maxconn   10\n    daemon\n\nbackend b\n  server  a 10.0.0.1:80\n');
  });

  it('the whole text as a range gives format()', () => {
    expect(apply(text, formatRange(text, { start: 0, end: text.length }))).toBe(format(text));
  });

  it('returns no edit for formatted lines', () => {
    const done = format(text);
    expect(formatRange(done, { start: 0, end: done.length })).toEqual([]);
  });

  it('refuses a document with syntax errors', () => {
    expect(() => formatRange('global\n  log "open\n', { start: 0, end: 5 })).toThrow(UnformattableError);
  });
});
