import { parse } from '@hacfg/syntax';
import { describe, expect, it } from 'vitest';
import { RULES, lint } from '../src/index.js';

const CFG = 'defaults\n  mode http\n  timeout client 5s\n  timeout connect 5s\n  timeout server 5s\nfrontend f\n  bind :80\n  use_backend missing if { path /x }\n  default_backend b\nbackend b\n  server s 10.0.0.1:80 chek\n';

describe('lint timing', () => {
  it('adds up time per enabled rule and per phase, without changing the results', () => {
    const doc = parse(CFG);
    const timing = new Map<string, number>();
    const plain = lint(doc, { haproxyVersion: '2.6', rules: { 'unused-acl': 'off' } });
    const timed = lint(doc, { haproxyVersion: '2.6', rules: { 'unused-acl': 'off' }, timing });
    expect(timed.map((r) => r.messages)).toEqual(plain.map((r) => r.messages));
    expect(plain[0]!.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['undefined-backend', 'unknown-server-option']));
    for (const r of RULES.filter((x) => x.id !== 'unused-acl')) expect(timing.has(r.id), r.id).toBe(true);
    expect(timing.has('unused-acl')).toBe(false);
    expect(timing.has('(ast+model)')).toBe(true);
    expect(timing.has('(results)')).toBe(true);
    for (const ms of timing.values()) expect(ms).toBeGreaterThanOrEqual(0);
  });
});
