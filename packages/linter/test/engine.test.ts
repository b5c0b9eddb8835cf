import { compareVersions } from '@hacfg/catalog';
import { parse } from '@hacfg/syntax';
import { describe, expect, it } from 'vitest';
import { RULES, defineRule, lint, type Rule } from '../src/index.js';

const CFG = 'defaults\n  mode http\n  timeout client 5s\n  timeout connect 5s\n  timeout server 5s\nfrontend f\n  bind :80\n  use_backend missing if { path /x }\n  default_backend b\nbackend b\n  server s 10.0.0.1:80 chek\n';

describe('lint timing', () => {
  it('adds up time per enabled rule and per phase, without changing the results', () => {
    const doc = parse(CFG);
    const timing = new Map<string, number>();
    const plain = lint(doc, { haproxyVersion: '2.6', rules: { 'unused-acl': 'off' } });
    const timed = lint(doc, { haproxyVersion: '2.6', rules: { 'unused-acl': 'off' }, timing });
    expect(timed.map((r) => r.messages)).toEqual(plain.map((r) => r.messages));
    expect(plain[0]!.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['undefined-backend', 'unknown-server-option']));
    const at26 = (r: Rule): boolean => (!r.meta.versions?.since || compareVersions('2.6', r.meta.versions.since) >= 0) && (!r.meta.versions?.until || compareVersions('2.6', r.meta.versions.until) < 0);
    const skipped = RULES.filter((r) => !at26(r));
    expect(skipped.map((r) => r.id)).toContain('proxy-name-shared');
    for (const r of skipped) expect(timing.has(r.id), r.id).toBe(false);
    for (const r of RULES.filter((x) => x.id !== 'unused-acl' && at26(x))) expect(timing.has(r.id), r.id).toBe(true);
    expect(timing.has('unused-acl')).toBe(false);
    expect(timing.has('(ast+model)')).toBe(true);
    expect(timing.has('(results)')).toBe(true);
    for (const ms of timing.values()) expect(ms).toBeGreaterThanOrEqual(0);
  });
});

describe('a rule that throws', () => {
  const boom = (where: 'statement' | 'section' | 'config:exit'): Rule =>
    defineRule({
      id: `boom-${where}`,
      meta: { description: 'throws', severity: 'error', category: 'suggestion', fixable: false, messages: { x: 'x' } },
      create: () => {
        const fail = (): void => {
          throw new TypeError('kaboom');
        };
        if (where === 'statement') return { server: fail };
        if (where === 'section') return { section: fail };
        return { 'config:exit': fail };
      },
    });
  const doc = parse(CFG, { fileName: 'c.cfg' });

  it('is named in the error, with where it was looking and the original error as cause', () => {
    const run = (r: Rule): Error => {
      try {
        lint(doc, { ruleSet: [r] });
      } catch (e) {
        return e as Error;
      }
      throw new Error('no error');
    };
    const st = run(boom('statement'));
    expect(st.message).toBe("rule 'boom-statement' failed at c.cfg:11:3 (a bug in hacfg, please report it): kaboom");
    expect(st.cause).toBeInstanceOf(TypeError);
    expect(st.stack).toContain('kaboom');
    expect(run(boom('section')).message).toBe("rule 'boom-section' failed at c.cfg:1:1 (a bug in hacfg, please report it): kaboom");
    expect(run(boom('config:exit')).message).toBe("rule 'boom-config:exit' failed (a bug in hacfg, please report it): kaboom");
  });
});

describe('words after an empty argument', () => {
  const text = 'frontend f\n  bind :80 "${OPT}" crtt x\n  bind :81 crtt y\n';
  const found = (version: '2.6' | '3.4', env?: Record<string, string>) =>
    lint(parse(text), { haproxyVersion: version, ...(env ? { env } : {}), rules: { 'missing-timeouts': 'off' } })[0]!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);

  it('are not reported by other rules: HAProxy never reads them', () => {
    expect(found('2.6')).toEqual(['2:12 ignored-after-empty-argument', '3:12 unknown-bind-option']);
    expect(found('3.4')).toEqual(['2:12 empty-argument', '3:12 unknown-bind-option']);
  });

  it('are reported once the variable is set', () => {
    expect(found('2.6', { OPT: 'v4v6' })).toEqual(['2:21 unknown-bind-option', '3:12 unknown-bind-option']);
  });
});
