/** `.hacfg.json`: validated by hand against the shipped JSON Schema (schema/hacfg.schema.json). */
import { isVersion, type HaproxyVersion } from '@hacfg/catalog';
import type { SeveritySetting } from './types.js';

export interface HacfgConfig {
  readonly haproxyVersion?: HaproxyVersion;
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
  readonly ignore?: readonly string[];
}

export const CONFIG_FILE_NAME = '.hacfg.json';
const SEVERITIES = new Set(['off', 'warn', 'warning', 'error']);

/** Checks parsed JSON; throws an Error naming the first problem. */
export function validateConfig(json: unknown, source = CONFIG_FILE_NAME): HacfgConfig {
  const fail = (msg: string): never => {
    throw new Error(`${source}: ${msg}`);
  };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail('expected a JSON object');
  const o = json as Record<string, unknown>;
  // `format` belongs to the formatter (@hacfg/formatter checks it); the linter only lets it pass.
  for (const k of Object.keys(o)) if (!['$schema', 'haproxyVersion', 'rules', 'ignore', 'format'].includes(k)) fail(`unknown property '${k}'`);
  if (o['haproxyVersion'] !== undefined && (typeof o['haproxyVersion'] !== 'string' || !isVersion(o['haproxyVersion']))) fail(`'haproxyVersion' must be one of the known versions, got ${JSON.stringify(o['haproxyVersion'])}`);
  const rules = o['rules'];
  if (rules !== undefined) {
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) fail("'rules' must be an object");
    for (const [id, v] of Object.entries(rules as object)) if (typeof v !== 'string' || !SEVERITIES.has(v)) fail(`rule '${id}': severity must be off, warn or error`);
  }
  const ignore = o['ignore'];
  if (ignore !== undefined && (!Array.isArray(ignore) || ignore.some((g) => typeof g !== 'string'))) fail("'ignore' must be an array of strings");
  return o as HacfgConfig;
}
