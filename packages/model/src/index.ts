// @hacfg/model: what a configuration means: sections, defaults inheritance, symbols, references.
export { Config, buildConfig, type ModelOptions } from './config.js';
export { DEFAULT_FEATURES, evalCondExpr, inactiveRanges, inactiveStatements, type ConditionEnv } from './conditions.js';
export { conditionOf, samplesOf } from './samples.js';
export type { AclUse } from './references.js';
export type * from './types.js';
