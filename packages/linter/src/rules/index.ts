// Every built-in rule, in documentation order. A rule's id equals its file name (tested).
import type { Rule } from '../types.js';
import braceSpacing from './brace-spacing.js';
import peersServerIgnoredOption from './peers-server-ignored-option.js';
import logFormatWithoutTarget from './log-format-without-target.js';
import frontendWithoutBind from './frontend-without-bind.js';
import l6FetchInHttpProxy from './l6-fetch-in-http-proxy.js';
import externalCheckIncomplete from './external-check-incomplete.js';
import externalCheckWithoutFork from './external-check-without-fork.js';
import externalCheckCommandUnused from './external-check-command-unused.js';
import timeTrailingCharacters from './time-trailing-characters.js';
import ruleAfterFinalAction from './rule-after-final-action.js';
import cookieDomainWithoutDot from './cookie-domain-without-dot.js';
import aclNeverMatches from './acl-never-matches.js';
import serversShadowedByDefaultBackend from './servers-shadowed-by-default-backend.js';
import resolversWithoutNameserver from './resolvers-without-nameserver.js';
import addressNeedsDns from './address-needs-dns.js';
import invalidAclFlag from './invalid-acl-flag.js';
import programIncomplete from './program-incomplete.js';
import userlistDuplicate from './userlist-duplicate.js';
import emailAlertIncomplete from './email-alert-incomplete.js';
import serverSslVerifyWithoutCa from './server-ssl-verify-without-ca.js';
import httpFrontendTcpBackend from './http-frontend-tcp-backend.js';
import paramModeMismatch from './param-mode-mismatch.js';
import backendLoop from './backend-loop.js';
import backendShadowedByResolvers from './backend-shadowed-by-resolvers.js';
import invalidStatusCode from './invalid-status-code.js';
import invalidLogBackend from './invalid-log-backend.js';
import logModeMismatch from './log-mode-mismatch.js';
import invalidCacheSize from './invalid-cache-size.js';
import invalidLogLine from './invalid-log-line.js';
import invalidLogProfile from './invalid-log-profile.js';
import invalidCookie from './invalid-cookie.js';
import invalidCheckExpect from './invalid-check-expect.js';
import invalidOptionArgument from './invalid-option-argument.js';
import invalidBalanceArgument from './invalid-balance-argument.js';
import invalidVariableName from './invalid-variable-name.js';
import invalidLogFormat from './invalid-log-format.js';
import logFormatIgnoredFlag from './log-format-ignored-flag.js';
import h1CaseAdjustMismatch from './h1-case-adjust-mismatch.js';
import zeroWarning from './zero-warning.js';
import unusedMailers from './unused-mailers.js';
import aclWithoutPattern from './acl-without-pattern.js';
import fetchNotAvailable from './fetch-not-available.js';
import invalidCheckRule from './invalid-check-rule.js';
import invalidRedirect from './invalid-redirect.js';
import invalidHttpReply from './invalid-http-reply.js';
import invalidSslDefaultOptions from './invalid-ssl-default-options.js';
import invalidSslFUse from './invalid-ssl-f-use.js';
import invalidCrtStoreLoad from './invalid-crt-store-load.js';
import extraSectionArgument from './extra-section-argument.js';
import invalidStickTable from './invalid-stick-table.js';
import invalidOptionValue from './invalid-option-value.js';
import aclInvalidPattern from './acl-invalid-pattern.js';
import invalidRegex from './invalid-regex.js';
import invalidSampleExpression from './invalid-sample-expression.js';
import filterDeclaration from './filter-declaration.js';
import undefinedCaptureId from './undefined-capture-id.js';
import invalidName from './invalid-name.js';
import experimentalNotExposed from './experimental-not-exposed.js';
import defaultsNameReused from './defaults-name-reused.js';
import checkWithoutPort from './check-without-port.js';
import proxyNameShared from './proxy-name-shared.js';
import statsWithoutAuth from './stats-without-auth.js';
import statsAuthWithHttpRequest from './stats-auth-with-http-request.js';
import globalSettingRepeated from './global-setting-repeated.js';
import globalSettingIgnored from './global-setting-ignored.js';
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
import logFailsAtStartup from './log-fails-at-startup.js';
import unknownKeyword from './unknown-keyword.js';
import unknownOption from './unknown-option.js';
import unknownSection from './unknown-section.js';
import unknownTimeout from './unknown-timeout.js';
import unusedSuppression from './unused-suppression.js';
import missingArgument from './missing-argument.js';
import extraArgument from './extra-argument.js';
import invalidTime from './invalid-time.js';
import invalidInteger from './invalid-integer.js';
import invalidSize from './invalid-size.js';
import invalidEnumValue from './invalid-enum-value.js';
import invalidMode from './invalid-mode.js';
import unknownBalanceAlgorithm from './unknown-balance-algorithm.js';
import unknownIfPredicate from './unknown-if-predicate.js';
import invalidAddress from './invalid-address.js';
import incompleteSection from './incomplete-section.js';
import duplicateSection from './duplicate-section.js';
import undefinedUserlistGroup from './undefined-userlist-group.js';
import unusedBackend from './unused-backend.js';
import unusedAcl from './unused-acl.js';
import unusedUserlist from './unused-userlist.js';
import deprecatedKeyword from './deprecated-keyword.js';
import httpOnlyInTcp from './http-only-in-tcp.js';
import ruleOrder from './rule-order.js';
import unreachableUseBackend from './unreachable-use-backend.js';
import missingInspectDelay from './missing-inspect-delay.js';
import tcpContentTracking from './tcp-content-tracking.js';
import missingHttpRequestTimeout from './missing-http-request-timeout.js';
import insecurePassword from './insecure-password.js';
import weakTlsVersion from './weak-tls-version.js';
import permissiveStatsSocket from './permissive-stats-socket.js';
import invalidSampleArgument from './invalid-sample-argument.js';
import actionCapability from './action-capability.js';
// Issue 5: health checks, backups, passthrough.
import serverWithoutCheck from './server-without-check.js';
import checkWithoutServerCheck from './check-without-server-check.js';
import checkRulesWithoutOption from './check-rules-without-option.js';
import httpCheckOnTlsPort from './http-check-on-tls-port.js';
import singleServerNoBackup from './single-server-no-backup.js';
import tcpCheckOrder from './tcp-check-order.js';
import tcpCheckConnectFirst from './tcp-check-connect-first.js';
import httpCheckOrder from './http-check-order.js';
import defaultsMixedUse from './defaults-mixed-use.js';
import sendNameHeaderForbidden from './send-name-header-forbidden.js';
import agentCheckWithoutPort from './agent-check-without-port.js';
import checkTiming from './check-timing.js';
import monitorMissingBackend from './monitor-missing-backend.js';
import backupWithoutCheck from './backup-without-check.js';
import nbsrvUncheckedBackend from './nbsrv-unchecked-backend.js';
import failoverRuleShadowed from './failover-rule-shadowed.js';
import failoverBackendMode from './failover-backend-mode.js';
import allServersBackup from './all-servers-backup.js';
import duplicateServerCookie from './duplicate-server-cookie.js';
import sniRoutingWithoutInspectDelay from './sni-routing-without-inspect-delay.js';
import stickTableConflict from './stick-table-conflict.js';
import sslBindInPassthrough from './ssl-bind-in-passthrough.js';
import sslBindWithoutCertificate from './ssl-bind-without-certificate.js';
import proxyProtocolMismatch from './proxy-protocol-mismatch.js';
import httpOptionInTcp from './http-option-in-tcp.js';
import emptyArgument from './empty-argument.js';
import ignoredAfterEmptyArgument from './ignored-after-empty-argument.js';
import missingSectionName from './missing-section-name.js';
import unknownService from './unknown-service.js';
import invalidCpuMap from './invalid-cpu-map.js';

export const RULES: readonly Rule[] = [
  unknownSection,
  unknownKeyword,
  keywordOutOfSection,
  missingSectionName,
  emptyArgument,
  ignoredAfterEmptyArgument,
  keywordNotAllowed,
  keywordIgnored,
  unknownOption,
  unknownTimeout,
  removedKeyword,
  keywordNewerThanTarget,
  undefinedBackend,
  backendLoop,
  backendShadowedByResolvers,
  undefinedAcl,
  duplicateProxyName,
  proxyNameShared,
  duplicateServerName,
  missingTimeouts,
  unknownServerOption,
  unknownBindOption,
  unknownAction,
  unknownService,
  invalidCpuMap,
  unknownFetch,
  unknownConverter,
  unknownFilter,
  buildFeatureRequired,
  addressOnProxyLine,
  invalidBindAddress,
  invalidProxyName,
  undefinedReference,
  logFailsAtStartup,
  defaultsNameReused,
  defaultsRulesInheritance,
  braceSpacing,
  httpFrontendTcpBackend,
  paramModeMismatch,
  statsWithoutAuth,
  serverWithoutCheck,
  checkWithoutServerCheck,
  checkRulesWithoutOption,
  httpCheckOnTlsPort,
  singleServerNoBackup,
  tcpCheckOrder,
  tcpCheckConnectFirst,
  httpCheckOrder,
  defaultsMixedUse,
  sendNameHeaderForbidden,
  agentCheckWithoutPort,
  checkWithoutPort,
  experimentalNotExposed,
  aclInvalidPattern,
  invalidRegex,
  invalidSampleExpression,
  filterDeclaration,
  undefinedCaptureId,
  invalidName,
  invalidLogBackend,
  logModeMismatch,
  invalidCacheSize,
  invalidLogLine,
  invalidLogProfile,
  invalidCookie,
  invalidCheckExpect,
  invalidOptionArgument,
  invalidBalanceArgument,
  invalidVariableName,
  invalidLogFormat,
  logFormatIgnoredFlag,
  h1CaseAdjustMismatch,
  zeroWarning,
  unusedMailers,
  aclWithoutPattern,
  fetchNotAvailable,
  invalidCheckRule,
  invalidRedirect,
  invalidHttpReply,
  invalidSslDefaultOptions,
  invalidSslFUse,
  invalidCrtStoreLoad,
  extraSectionArgument,
  invalidStickTable,
  invalidOptionValue,
  invalidStatusCode,
  checkTiming,
  monitorMissingBackend,
  backupWithoutCheck,
  nbsrvUncheckedBackend,
  failoverRuleShadowed,
  failoverBackendMode,
  allServersBackup,
  duplicateServerCookie,
  sniRoutingWithoutInspectDelay,
  stickTableConflict,
  sslBindInPassthrough,
  sslBindWithoutCertificate,
  proxyProtocolMismatch,
  httpOptionInTcp,
  missingArgument,
  extraArgument,
  invalidTime,
  invalidInteger,
  invalidSize,
  invalidEnumValue,
  invalidMode,
  unknownBalanceAlgorithm,
  unknownIfPredicate,
  invalidAddress,
  incompleteSection,
  duplicateSection,
  undefinedUserlistGroup,
  unusedBackend,
  unusedAcl,
  unusedUserlist,
  deprecatedKeyword,
  httpOnlyInTcp,
  ruleOrder,
  unreachableUseBackend,
  missingInspectDelay,
  tcpContentTracking,
  missingHttpRequestTimeout,
  insecurePassword,
  weakTlsVersion,
  permissiveStatsSocket,
  invalidSampleArgument,
  actionCapability,
  peersServerIgnoredOption,
  logFormatWithoutTarget,
  frontendWithoutBind,
  statsAuthWithHttpRequest,
  globalSettingRepeated,
  globalSettingIgnored,
  l6FetchInHttpProxy,
  externalCheckIncomplete,
  externalCheckWithoutFork,
  externalCheckCommandUnused,
  timeTrailingCharacters,
  ruleAfterFinalAction,
  cookieDomainWithoutDot,
  aclNeverMatches,
  serversShadowedByDefaultBackend,
  resolversWithoutNameserver,
  addressNeedsDns,
  programIncomplete,
  invalidAclFlag,
  userlistDuplicate,
  emailAlertIncomplete,
  serverSslVerifyWithoutCa,
  unusedSuppression,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
