// Every built-in rule, in documentation order. A rule's id equals its file name (tested).
import type { Rule } from '../types.js';
import duplicateProxyName from './duplicate-proxy-name.js';
import duplicateServerName from './duplicate-server-name.js';
import keywordIgnored from './keyword-ignored.js';
import keywordNewerThanTarget from './keyword-newer-than-target.js';
import keywordNotAllowed from './keyword-not-allowed.js';
import keywordOutOfSection from './keyword-out-of-section.js';
import missingTimeouts from './missing-timeouts.js';
import removedKeyword from './removed-keyword.js';
import undefinedAcl from './undefined-acl.js';
import undefinedBackend from './undefined-backend.js';
import unknownKeyword from './unknown-keyword.js';
import unknownOption from './unknown-option.js';
import unknownSection from './unknown-section.js';
import unknownTimeout from './unknown-timeout.js';
import unusedSuppression from './unused-suppression.js';

export const RULES: readonly Rule[] = [
  unknownSection,
  unknownKeyword,
  keywordOutOfSection,
  keywordNotAllowed,
  keywordIgnored,
  unknownOption,
  unknownTimeout,
  removedKeyword,
  keywordNewerThanTarget,
  undefinedBackend,
  undefinedAcl,
  duplicateProxyName,
  duplicateServerName,
  missingTimeouts,
  unusedSuppression,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
