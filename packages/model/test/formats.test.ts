import { parse, type Statement } from '@hacfg/syntax';
import { describe, expect, it } from 'vitest';
import { expectWords, formatSamplesOf, formatWordsOf } from '../src/index.js';

const doc = (line: string) => parse(`backend b\n    ${line}\n`);
const statements = (line: string): readonly Statement[] => doc(line).sections[0]!.statements;
const words = (line: string): string[] => formatWordsOf(statements(line)[0]!).map((w) => w.value);

describe('format words', () => {
  it("reads an expect rule's -lf patterns, on-success and on-error as formats, status-code as a sample", () => {
    expect(words('http-check expect ! string-lf %[a] on-success %[b] on-error "x %[c]"')).toEqual(['%[a]', '%[b]', 'x %[c]']);
    expect(words('tcp-check expect !binary-lf %[a] comment %[no] min-recv 4')).toEqual(['%[a]']);
    expect(words('http-check expect hdr name-lf -m str %[n] value-lf -m beg %[v] on-error %[e]')).toEqual(['%[n]', '%[v]', '%[e]']);
    expect(words('http-check expect hdr name -m sub x value y on-success %[s]')).toEqual(['%[s]']);
    expect(words('http-check expect string %[not-a-format] on-success ok')).toEqual(['ok']);
    // Reading stops where HAProxy would refuse the rule.
    expect(words('http-check expect status 200 bogus on-error %[e]')).toEqual([]);
    const d = doc('http-check expect status 200 status-code res.payload(0,3)');
    const st = d.sections[0]!.statements[0]!;
    expect(st.type === 'check-rule' && expectWords(st.actionArgs).statusCode?.value).toBe('res.payload(0,3)');
    expect(formatSamplesOf(st, d.text).map((e) => e.fetch.name)).toEqual(['res.payload']);
  });

  it('reads use_backend and use-server names with a % as formats, default_backend never', () => {
    expect(words('use_backend be_%[req.hdr(host)] if TRUE')).toEqual(['be_%[req.hdr(host)]']);
    expect(words('use-server %ci if TRUE')).toEqual(['%ci']);
    expect(words('use_backend static')).toEqual([]);
    expect(words('default_backend be_%ci')).toEqual([]);
  });
});
