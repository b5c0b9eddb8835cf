import type { Rule } from './types.js';

/** Identity helper that types a rule literal. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
