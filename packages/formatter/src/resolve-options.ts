/**
 * Options for one file from its surroundings: `.editorconfig` (read by the `editorconfig` library),
 * then the `format` key of the nearest `.hacfg.json`, then explicit overrides (CLI flags). The only
 * module of this package that reads files; `format` itself stays pure.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parse as parseEditorConfig } from 'editorconfig';
import { DEFAULT_OPTIONS, FormatOptionsError, mergeOptions, type FormatOptions } from './options.js';

export const CONFIG_FILE = '.hacfg.json';

/** The `.editorconfig` properties that map to our options; others are ignored. */
export async function editorConfigOptions(filePath: string): Promise<Partial<FormatOptions>> {
  const props = await parseEditorConfig(resolve(filePath));
  const out: { -readonly [K in keyof FormatOptions]?: FormatOptions[K] } = {};
  if (props.indent_style === 'tab') out.useTabs = true;
  else if (props.indent_style === 'space') out.useTabs = false;
  if (typeof props.indent_size === 'number' && props.indent_size > 0) out.indentWidth = props.indent_size;
  if (props.end_of_line === 'lf' || props.end_of_line === 'crlf') out.endOfLine = props.end_of_line as 'lf' | 'crlf';
  if (props.insert_final_newline === true || props.insert_final_newline === false) out.finalNewline = props.insert_final_newline;
  return out;
}

/** The nearest `.hacfg.json` at or above `dir`, or undefined. */
export async function findConfigFile(dir: string): Promise<string | undefined> {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const candidate = join(d, CONFIG_FILE);
    try {
      await readFile(candidate);
      return candidate;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    if (dirname(d) === d) return undefined;
  }
}

/** The `format` object of a `.hacfg.json`, checked key by key. */
export async function configFileOptions(configPath: string): Promise<Partial<FormatOptions>> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(configPath, 'utf8'));
  } catch (e) {
    throw new FormatOptionsError(`${configPath}: ${(e as Error).message}`);
  }
  const section = (json as { format?: unknown } | null)?.format;
  if (section === undefined) return {};
  if (section === null || typeof section !== 'object' || Array.isArray(section)) throw new FormatOptionsError(`${configPath}: "format" must be an object`);
  const unknown = Object.keys(section).filter((k) => !(k in DEFAULT_OPTIONS));
  if (unknown.length > 0) throw new FormatOptionsError(`${configPath}: unknown format option${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')} (known: ${Object.keys(DEFAULT_OPTIONS).join(', ')})`);
  return section as Partial<FormatOptions>;
}

/** All sources merged for `filePath` (which need not exist: for stdin pass a path in the working directory). */
export async function resolveFormatOptions(filePath: string, overrides: Partial<FormatOptions> = {}): Promise<FormatOptions> {
  const fromEditorConfig = await editorConfigOptions(filePath);
  const configPath = await findConfigFile(dirname(resolve(filePath)));
  const fromConfig = configPath ? await configFileOptions(configPath) : {};
  try {
    return mergeOptions(fromEditorConfig, fromConfig, overrides);
  } catch (e) {
    if (e instanceof FormatOptionsError && configPath) throw new FormatOptionsError(`${e.message} (options from ${configPath} and flags)`);
    throw e;
  }
}
