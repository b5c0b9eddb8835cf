/** `@hacfg/setups`: typed, validated specs for three common HAProxy setups, and their emitters. */
export { generate, generateFromText, isSetupKind, SETUP_KINDS, type SetupKind, type SpecInputs } from './generate.js';
export { emitPassthrough } from './emit/passthrough.js';
export { emitHealthCheck } from './emit/health-check.js';
export { emitFailover } from './emit/failover.js';
export { quoteWord } from './emit/words.js';
export { SpecError, readSpecText, validate, type SpecIssue } from './validate.js';
export { passthroughSpec, type PassthroughSpec, type PassthroughSpecInput } from './schema/passthrough.js';
export { healthCheckSpec, type HealthCheckSpec, type HealthCheckSpecInput } from './schema/health-check.js';
export { failoverSpec, type FailoverSpec, type FailoverSpecInput } from './schema/failover.js';
