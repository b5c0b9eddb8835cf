import { describe, expect, it } from 'vitest';
import { bindOption, deprecatedIn, DEPRECATION_WARNINGS, deprecationWarning, globalKeyword, proxyKeyword, section, VERSIONS } from '../src/index.js';

describe('deprecation warnings', () => {
  it('name keywords the catalog knows as deprecated in every release that warns', () => {
    for (const d of DEPRECATION_WARNINGS) {
      for (const v of VERSIONS) {
        if (!deprecationWarning(d.scope, d.name, v)) continue;
        // Bind options are not dated by the reference data; the release that refuses one is.
        if (d.scope === 'bind') {
          expect(bindOption(d.name, v)?.removedIn, `bind ${d.name} in ${v}`).toBe(d.until);
          continue;
        }
        const entry = d.scope === 'global' ? globalKeyword(d.name, v) : d.scope === 'proxy' ? proxyKeyword(d.name, v) : section(d.name, v);
        expect(entry, `${d.name} in ${v}`).toBeDefined();
        expect(deprecatedIn(entry!, v), `${d.name} deprecated in ${v}`).toBe(true);
      }
    }
  });

  it('apply from their first warning release up to the one that stops', () => {
    expect(deprecationWarning('global', 'tune.ssl.capture-cipherlist-size', '2.4')).toBeUndefined();
    expect(deprecationWarning('global', 'tune.ssl.capture-cipherlist-size', '2.6')?.from).toBe('2.5');
    expect(deprecationWarning('section', 'program', '3.2')?.exposable).toBe(true);
    expect(deprecationWarning('section', 'program', '3.3')).toBeUndefined();
    expect(deprecationWarning('proxy', 'option accept-invalid-http-request', '3.1')).toBeUndefined();
    expect(deprecationWarning('proxy', 'transparent', '3.2')).toBeUndefined();
    expect(deprecationWarning('proxy', 'transparent', '3.3')?.exposable).toBe(true);
  });
});
