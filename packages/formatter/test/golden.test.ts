// Golden before/after files under fixtures/format/: NAME.in.cfg formats to NAME.out.cfg with the
// options in NAME.options.json (if any). HACFG_UPDATE_GOLDEN=1 rewrites the .out.cfg files.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, type FormatOptions } from '@hacfg/formatter';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/corpus.js';

const dir = join(repoRoot, 'fixtures/format');
const update = process.env.HACFG_UPDATE_GOLDEN === '1';

function inputs(sub: string): string[] {
  return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? inputs(join(sub, e.name)) : e.name.endsWith('.in.cfg') ? [join(sub, e.name)] : [],
  );
}

const cases = inputs('').sort();

describe('golden fixtures', () => {
  it('exist', () => expect(cases.length).toBeGreaterThanOrEqual(15));

  for (const input of cases) {
    it(input, () => {
      const base = join(dir, input.slice(0, -'.in.cfg'.length));
      const options: Partial<FormatOptions> = existsSync(`${base}.options.json`) ? JSON.parse(readFileSync(`${base}.options.json`, 'utf8')) : {};
      const actual = format(readFileSync(join(dir, input), 'utf8'), options);
      if (update) writeFileSync(`${base}.out.cfg`, actual);
      const expected = readFileSync(`${base}.out.cfg`, 'utf8');
      expect(actual).toBe(expected);
      expect(format(expected, options), 'the expected output is a fixed point').toBe(expected);
    });
  }
});
