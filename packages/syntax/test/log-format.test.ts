// Log-format strings read as HAProxy's lf_expr_compile() reads them: parts, ranges and refusals.
import { describe, expect, it } from 'vitest';
import { parseLogFormatText, type LogFormatPart } from '@hacfg/syntax';

const parts = (s: string): LogFormatPart[] => parseLogFormatText(s, (start, end) => ({ start, end }));
/** Each part as `type:text` (errors as `error:code:text`), text cut from the input by its range. */
const shape = (s: string): string[] =>
  parts(s).map((p) => `${p.type}${p.type === 'error' ? `:${p.code}` : ''}:${s.slice(p.range.start, p.range.end)}`);

describe('parseLogFormatText', () => {
  it('splits text, variables with flags, and expressions', () => {
    expect(shape('%ci:%cp [%tr] %{+Q}r %[src,lower] %{+Q}[path]')).toEqual([
      'var:%ci', 'literal::', 'var:%cp', 'literal: [', 'var:%tr', 'literal:] ', 'var:%{+Q}r', 'literal: ', 'expr:%[src,lower]', 'literal: ', 'expr:%{+Q}[path]',
    ]);
    const v = parts('%{+Q,-X}HPO')[0]!;
    expect(v).toMatchObject({ type: 'var', name: 'HPO', flags: '+Q,-X', label: undefined });
  });

  it('reads a variable name as a letter then letters and digits, as HAProxy does', () => {
    expect(parts('%ci_x').map((p) => (p.type === 'var' ? p.name : p.type))).toEqual(['ci', 'literal']);
    expect(parts('%ci1')[0]).toMatchObject({ type: 'var', name: 'ci1' });
    // After flags a digit may start the name (isalnum there).
    expect(parts('%{+Q}1')[0]).toMatchObject({ type: 'var', name: '1' });
  });

  it("keeps '%%' and a '%' before other characters as text", () => {
    expect(shape('100%% %-x %_a %/')).toEqual(['literal:100%% %-x %_a %/']);
  });

  it('refuses a % before a digit, a blank or the end, and flags without a name', () => {
    expect(shape('a %1 b')).toEqual(['literal:a ', 'error:blank:%1', 'literal: b']);
    expect(shape('a % b')).toEqual(['literal:a ', 'error:blank:% ', 'literal:b']);
    expect(shape('50%')).toEqual(['literal:50', 'error:truncated:%']);
    expect(shape('%{+Q')).toEqual(['error:truncated:%{+Q']);
    expect(shape('%{+Q} x')).toEqual(['error:flags:%{+Q}', 'literal: x']);
    const e = parts('x %2')[1]!;
    expect(e.type === 'error' && e.message).toBe("'%' is followed by '2': write '%%' for a literal '%'");
  });

  it('goes on after an error, so later expressions are still read', () => {
    expect(shape('%1 %[src]')).toEqual(['error:blank:%1', 'literal: ', 'expr:%[src]']);
  });

  it("ends an expression where HAProxy's expression reader stops: brackets inside arguments are text", () => {
    expect(shape('%[req.hdr(h[x)] %[str("]"),lower]x')).toEqual(['expr:%[req.hdr(h[x)]', 'literal: ', 'expr:%[str("]"),lower]', 'literal:x']);
    const p = parts('%[req.hdr(]x)]')[0]!;
    expect(p.type === 'expr' && p.expr.fetch.args?.[0]?.value).toBe(']x');
  });

  it('marks an unclosed expression on the expression', () => {
    const [p] = parts('%[src');
    expect(p).toMatchObject({ type: 'expr', expr: { error: "missing closing ']' in '%[' expression" } });
  });

  it('reads %(name[:type]) field names before a variable or an expression', () => {
    expect(parts('%(client)ci')[0]).toMatchObject({ type: 'var', name: 'ci', label: 'client' });
    expect(parts('%(n:sint){+Q}[src_port]')[0]).toMatchObject({ type: 'expr', label: 'n:sint', flags: '+Q' });
    expect(shape('%(a b)ci')).toEqual(['error:label: ', 'literal:b)ci']);
    expect(shape('%(n:float)ci')).toEqual(['error:label:float', 'literal:ci']);
    expect(shape('%(open')).toEqual(['error:label:%(open']);
  });
});
