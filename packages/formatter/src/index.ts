/** `@hacfg/formatter`: layout-only formatting of haproxy.cfg on the lossless CST. */
export { format, formatRange, UnformattableError, type TextEdit } from './format.js';
export { DEFAULT_OPTIONS, FormatOptionsError, mergeOptions, type EndOfLine, type FormatOptions } from './options.js';
export { CONFIG_FILE, configFileOptions, editorConfigOptions, findConfigFile, resolveFormatOptions } from './resolve-options.js';
export { tokenSequence } from './tokens.js';
