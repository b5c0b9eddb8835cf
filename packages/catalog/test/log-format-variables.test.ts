import { describe, expect, it } from 'vitest';
import { formerLogFormatVariable, LOG_FORMAT_VARIABLES, logFormatFlags, logFormatVariable, logFormatVariableNames, VERSIONS } from '../src/index.js';

/** HAProxy's own formats (option httplog, tcplog, httpslog's variables, clf), in every release. */
const BUILT_IN = '%ci:%cp [%tr] %ft %b/%s %TR/%Tw/%Tc/%Tr/%Ta %ST %B %CC %CS %tsc %ac/%fc/%bc/%sc/%rc %sq/%bq %hr %hs %{+Q}r %[fc_err] %sslv/%sslc %t %Tt %ts %{+Q}o %{-Q}ci %trg %ms %hrl %hsl';

describe('log-format variables', () => {
  it('are listed once each', () => {
    const names = LOG_FORMAT_VARIABLES.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("cover HAProxy's built-in formats in every release", () => {
    const used = [...BUILT_IN.matchAll(/%(?:\{[^}]*\})?([A-Za-z][A-Za-z0-9]*)/g)].map((m) => m[1]!);
    for (const v of VERSIONS) for (const n of used) expect(logFormatVariable(n, v), `%${n} in ${v}`).toBeDefined();
  });

  it("keep 2.4's deprecated spellings in 2.4 only, each with a replacement 2.4 knows", () => {
    const old = LOG_FORMAT_VARIABLES.filter((v) => v.replacement !== undefined);
    expect(old.map((v) => v.name).sort()).toEqual(['Bi', 'Bp', 'Ci', 'Cp', 'Fi', 'Fp', 'Si', 'Sp', 'cc', 'cs', 'st']);
    for (const v of old) {
      expect(logFormatVariable(v.name, '2.4')).toBeDefined();
      expect(logFormatVariable(v.name, '2.5')).toBeUndefined();
      expect(logFormatVariable(v.replacement!, '2.4')?.replacement).toBeUndefined();
      expect(formerLogFormatVariable(v.name)?.removedIn).toBe('2.5');
    }
  });

  it('date %OG from 3.1 and mark the HTTP-only ones', () => {
    expect(logFormatVariableNames('3.0')).not.toContain('OG');
    expect(logFormatVariableNames('3.1')).toContain('OG');
    expect(logFormatVariable('HM', '2.6')?.httpOnly).toBe(true);
    expect(logFormatVariable('ST', '2.6')?.httpOnly).toBe(false);
    expect(logFormatVariable('st', '2.4')?.httpOnly).toBe(true);
  });

  it('list the %{…} flags, with the encodings from 3.0', () => {
    expect(logFormatFlags('2.6')).toEqual(['M', 'Q', 'X', 'E']);
    expect(logFormatFlags('3.0')).toEqual(['M', 'Q', 'X', 'E', 'bin', 'json', 'cbor']);
  });
});
