// Every built-in rule, in documentation order. A rule's id equals its file name (tested).
import type { Rule } from '../types.js';
import braceSpacing from './brace-spacing.js';
import httpFrontendTcpBackend from './http-frontend-tcp-backend.js';
import statsWithoutAuth from './stats-without-auth.js';
import unknownServerOption from './unknown-server-option.js';
import unknownBindOption from './unknown-bind-option.js';
import unknownAction from './unknown-action.js';
import unknownFetch from './unknown-fetch.js';
import unknownConverter from './unknown-converter.js';
import unknownFilter from './unknown-filter.js';
import buildFeatureRequired from './build-feature-required.js';
import addressOnProxyLine from './address-on-proxy-line.js';
import invalidBindAddress from './invalid-bind-address.js';
import invalidProxyName from './invalid-proxy-name.js';
import undefinedReference from './undefined-reference.js';
import defaultsRulesInheritance from './defaults-rules-inheritance.js';
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
  unknownServerOption,
  unknownBindOption,
  unknownAction,
  unknownFetch,
  unknownConverter,
  unknownFilter,
  buildFeatureRequired,
  addressOnProxyLine,
  invalidBindAddress,
  invalidProxyName,
  undefinedReference,
  defaultsRulesInheritance,
  braceSpacing,
  httpFrontendTcpBackend,
  statsWithoutAuth,
  unusedSuppression,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
