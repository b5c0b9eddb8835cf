// @hacfg/catalog: what HAProxy 2.4 … 3.5-dev accepts, as data plus a small typed query API.
export * from './versions.js';
export { builtinEnv } from './builtin-env.js';
export { LUA_SERVICE_PREFIX, SERVICES, service, type ServiceInfo } from './services.js';
export { crtStoreLoadOptions, sslFUseOption, sslFUseOptions } from './ssl-f-use.js';
export * from './sections.js';
export type * from './types.js';
export {
  ACL,
  ACTIONS,
  BIND_OPTIONS,
  CONVERTERS,
  FETCHES,
  GLOBAL_KEYWORDS,
  MISC,
  OTHER_SECTION_KEYWORDS,
  PROXY_KEYWORDS,
  SECTION_ENTRIES,
  SERVER_OPTIONS,
  type AclData,
  type MiscData,
} from './data.js';
export { atVersion, deprecatedIn, knownIn } from './resolve.js';
export {
  allKeywordNames,
  allowedIn,
  globalKeyword,
  matchKeyword,
  proxyKeyword,
  sectionKeyword,
  subKeywords,
  type KeywordFamily,
  type KeywordMatch,
} from './keywords.js';
export { action, actionName, actionNames, anyAction, isRuleset, RULESETS, trackScNumber } from './actions.js';
export {
  aclCriterion,
  aclDerivative,
  aclFlag,
  allConverterNames,
  allFetchNames,
  converter,
  defaultMatchFor,
  fetch,
  matchMethod,
  predefinedAcl,
  sampleWordSpan,
  type AclCriterion,
} from './samples.js';
export {
  allBindOptionNames,
  allServerOptionNames,
  balanceAlgorithm,
  bindOption,
  condDirective,
  condOperatorsIn,
  condPredicate,
  crtStoreLoadParam,
  filter,
  section,
  serverOption,
  sizeUnit,
  timeUnit,
} from './options.js';
export * from './overrides.js';
export { STICK_TABLE_DATA, STICK_TABLE_KEYWORDS, STICK_TABLE_OVERRIDES, STICK_TABLE_TYPES } from './stick-table.js';
export { buildLimits, type BuildLimits } from './build-limits.js';
export { argFacts, atol, checkInt, checkSize, checkTime, enumValues, readsIntegerOrExpression, LOG_FORMATS, LOG_LEVELS, PROXY_MODE_SIDE, PROXY_MODES, TLS_VERSIONS, type ArgFacts, type ArgProblem, type ArgScope, type ArgType, type EnumValue } from './arg-types.js';
export { fetchesNaming, sampleArgChecks, sampleArgFacts, sampleCheckValues, sampleGoneSince, type NamedArg, type SampleArgCheck, type SampleArgFacts, type SampleArgFormat, type SampleArgType } from './sample-args.js';
export { docAnchor, docUrl, docVersion, type DocCategory, type DocRef } from './docs.js';
export { SECTION_KEYWORD_SUMMARIES, summary, SUMMARIES, type SummaryCategory } from './summaries.js';
export { EVAL_POINT_NAMES, fetchEvalPoints, fetchSources, type EvalPoint } from './fetch-usage.js';
export { aclDefaultMatch, type AclDefaultMatch } from './acl-match.js';
export { GLOBAL_REQUIRED_ARG } from './global-required-arg.js';
export { GLOBAL_ENUMS_26, GLOBAL_MAX_ARGS_26, probedGlobalFacts, type ProbedGlobalFacts } from './global-arg-facts.js';
export { errorStatusCodes } from './http-status.js';
export { DEPRECATION_WARNINGS, deprecationWarning, type DeprecationWarning } from './deprecation-warnings.js';
export { isExperimental, type ExperimentalKind } from './experimental.js';
export { formerLogFormatVariable, LOG_FORMAT_VARIABLES, logFormatFlags, logFormatVariable, logFormatVariableNames, type LogFormatVariable } from './log-format-variables.js';
