// @hacfg/model: what a configuration means: sections, defaults inheritance, symbols, references.
export { Config, buildConfig, type GlobalLine, type ModelOptions } from './config.js';
export { DEFAULT_FEATURES, evalCondExpr, inactiveRanges, inactiveStatements, type ConditionEnv } from './conditions.js';
export { formatWordsOf, LOG_PROFILE_STEPS, logProfileStep, type LogProfileStep } from './formats.js';
export { replyOptions, type ReplyOption } from './http-reply.js';
export { logLineNames, logLineWords, type LogLineName, type LogLineOption, type LogLineWords } from './log-line.js';
export { actionSamplesOf, conditionOf, forEachAclBody, formatSamplesOf, markTosExpression, readsEmptyArg, samplesOf } from './samples.js';
export { regexWordsOf, type RegexWord } from './regexes.js';
export { CONNECT_FLAGS, CONNECT_VALUED, connectPortExpr, connectWords, type ConnectWords } from './check-connect.js';
export { EXPECT_VALUED_OPTIONS, expectWords, HTTP_EXPECT_MATCHERS, TCP_EXPECT_MATCHERS, type ExpectWords } from './check-expect.js';
export type { AclUse } from './references.js';
export type * from './types.js';
export { formatDuration, parseDuration } from './durations.js';
export { CHECK_DEFAULTS, effectiveServers, timeToDown, timeToUp, type EffectiveServer, type ServerParam } from './effective-servers.js';
export { CHECK_OPTIONS, effectiveProxy, optionEnabled, type EffectiveProxy, type OptionSetting } from './effective-proxy.js';
export { WATCH_FETCHES, conditionWatches, routesOf, routingGraph, type Monitor, type RouteEdge, type RoutingGraph, type Watch } from './routing-graph.js';
