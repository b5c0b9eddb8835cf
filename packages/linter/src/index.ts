// @hacfg/linter: rule engine, built-in rules, suppressions, fixes and .hacfg.json handling.
export { lint, lintText, UNUSED_SUPPRESSION, type LintOptions } from './engine.js';
export { applyFixes } from './fixes.js';
export { defineRule } from './define-rule.js';
export { RULES, ruleById } from './rules/index.js';
export { CONFIG_FILE_NAME, validateConfig, type HacfgConfig } from './config-file.js';
export { collectSuppressions, type Suppression } from './suppressions.js';
export { closest, hint } from './util/did-you-mean.js';
export type * from './types.js';
export { ruleDocFile, ruleDocUrl } from './docs.js';
export { DESCRIBE_RULES, describeConfig, describeText, graphOf, toDot, toMermaid, type DescribeOptions, type Graph } from './describe/index.js';
export type { BackendInfo, Description, Finding, FrontendInfo, ListenerInfo, RouteInfo, ServerInfo } from './describe/index.js';
