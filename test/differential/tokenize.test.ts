// Differential test against the real HAProxy: for tricky lines, the words hacfg reads (and whether
// the line is rejected) must match what `haproxy -c` reads. `.warning ARG` is the probe: HAProxy
// prints its one argument back, names the second one when there are more, and reports line errors.
// The probe sits on line 2: HAProxy 2.6 rejects `${VAR-default}` on the line that first grows its
// line buffer (parse_line() cuts the default in place, then parses the line again), i.e. line 1.
import { describe, expect, it } from 'vitest';
import { parse, type Word } from '@hacfg/syntax';
import { checkConfig, haproxyBin } from '../support/haproxy.js';

const ENV = { FOO: 'foo value', EMPTY: '' };

/** The word as HAProxy's line reader produces it: env references expanded only inside double quotes. */
function expanded(w: Word, text: string): string {
  let out = '';
  for (const p of w.pieces) {
    if (p.kind === 'dquote') {
      for (const q of p.parts) {
        if (q.kind === 'env') out += q.name === '.LINE' ? '2' : ((ENV as Record<string, string>)[q.name] ?? q.defaultValue ?? '');
        else if (q.kind === 'escape') out += q.value;
        else out += text.slice(q.start, q.end);
      }
    } else if (p.kind === 'escape') out += p.value;
    else if (p.kind === 'squote') out += text.slice(p.start + 1, p.closed ? p.end - 1 : p.end);
    else out += text.slice(p.start, p.end);
  }
  return out;
}

const LINES = [
  'plain', '"quoted words"', "'single $HOME'", '"dq $FOO end"', '"${FOO}x"', '"${UNSET-default value}"', '"${UNSET}"',
  '"${EMPTY-dflt}"', 'a#comment', '"a#b"', "'a#b'", '\\#x', 'back\\ slash', '"esc \\"q\\""', "'it''s'", '"a"\'b\'c',
  '\\x41\\x42', '\\xZZ', '"\\x4"', '"unterminated', "'unterminated", '"$1abc"', '"${FOO"', '$FOO', '${FOO}', 'a\\',
  '\\d\\w', '"\\$FOO"', "'\\$FOO'", 'one two', '"tab\\there"', 'a\rb c', '"a\rb"', '{ brace }', 'x\ty', '"x"#"y"',
  "\\'x", '\\"x', '"$.LINE"', '"$"', '"${}"', 'a\\ \\ b', '"  spaced  "', "''", '""', 'é#ü', '"$FOO$FOO"',
];

describe.skipIf(!haproxyBin)('tokenisation agrees with haproxy -c', () => {
  it.each(LINES)('%j', async (arg) => {
    const text = `global\n.warning ${arg}\n`;
    const doc = parse(text);
    const words = doc.lines[1]!.words.slice(1);
    const hacfgRejects = doc.diagnostics.some((d) => d.severity === 'error');
    const r = await checkConfig(text, ENV);
    const lineErrors = r.alerts.filter((a) => /unmatched quote|hexadecimal|environment variable|Stray NUL|word expansion/.test(a));
    expect(lineErrors.length > 0, `haproxy: ${r.alerts.join(' | ')}`).toBe(hacfgRejects);
    if (hacfgRejects) return;
    if (words.length <= 1) {
      const value = words[0] ? expanded(words[0], text) : '';
      expect(r.warnings).toContain(`config : parsing [FILE:2]: '${value}'.`);
    } else {
      expect(r.alerts.join('\n')).toContain(`Unexpected argument '${expanded(words[1]!, text)}' for '.warning'`);
    }
  });
});
