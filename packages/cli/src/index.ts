/** The public library API of hacfg: `import { parse } from 'hacfg'`. */
export * from '@hacfg/syntax';
export * as catalog from '@hacfg/catalog';
export { run } from './run.js';
export type { CliContext } from './context.js';
export { decode, encode, readSource, type SourceFile, type Encoding } from './io.js';
export { generate, generateFromText, emitPassthrough, emitHealthCheck, emitFailover, SpecError, SETUP_KINDS, type SetupKind, type SpecIssue } from '@hacfg/setups';
export { lint, lintText, RULES, type LintOptions, type LintResult, type LintMessage } from '@hacfg/linter';
export { format, formatRange, resolveFormatOptions, UnformattableError, type FormatOptions } from '@hacfg/formatter';
