// Rule actions per ruleset follow what HAProxy's source registers at each release
// (src/source-facts/action-rulesets.json, read by scripts/extract-action-rulesets.mjs), not only the
// documentation's matrix.
import { describe, expect, it } from 'vitest';
import facts from '../src/source-facts/action-rulesets.json' with { type: 'json' };
import { action, isRuleset, type HaproxyVersion } from '../src/index.js';

const VERSIONS = facts.versions as HaproxyVersion[];
const ranges = facts.rulesets as Record<string, Record<string, { since: string; removedIn?: string }>>;

describe('action rulesets from the source', () => {
  it('every registered action is usable exactly where the source registers it', () => {
    const wrong: string[] = [];
    for (const [ruleset, byName] of Object.entries(ranges)) {
      expect(isRuleset(ruleset), ruleset).toBe(true);
      if (!isRuleset(ruleset)) continue;
      for (const [name, r] of Object.entries(byName)) {
        const from = VERSIONS.indexOf(r.since as HaproxyVersion);
        const to = r.removedIn ? VERSIONS.indexOf(r.removedIn as HaproxyVersion) : VERSIONS.length;
        VERSIONS.forEach((v, i) => {
          const expected = i >= from && i < to;
          if ((action(ruleset, name, v) !== undefined) !== expected) wrong.push(`${v} ${ruleset} ${name}: ${expected ? 'missing' : 'extra'}`);
        });
      }
    }
    expect(wrong).toEqual([]);
  });

  it('includes what the documentation matrix misses', () => {
    // The matrix drops http-after-response del-acl after 2.8; http_act.c still registers it.
    expect(action('http-after-response', 'del-acl', '3.4')).toBeDefined();
    expect(action('http-after-response', 'del-acl', '2.7')).toBeUndefined();
    // tcp_act.c registered the address actions for tcp-request session from 2.4.
    expect(action('tcp-request session', 'set-src', '2.4')).toBeDefined();
    expect(action('tcp-request content', 'set-src', '2.4')).toBeUndefined();
  });
});
