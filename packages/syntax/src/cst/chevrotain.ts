/**
 * chevrotain's runtime, loaded from the single-file build the package ships (`lib/chevrotain.mjs`)
 * when it is there: the package entry imports several hundred lodash-es modules one by one, which
 * cost ~200 ms at every `hacfg` start (measured: 280 ms vs 70 ms to import). Same version, same code.
 * Types still come from the package (`import type … from 'chevrotain'`).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Chevrotain = typeof import('chevrotain');

async function load(): Promise<Chevrotain> {
  try {
    // The entry is lib/src/api.js; the bundle sits in lib/.
    const bundle = join(dirname(createRequire(import.meta.url).resolve('chevrotain')), '..', 'chevrotain.mjs');
    if (existsSync(bundle)) return (await import(pathToFileURL(bundle).href)) as Chevrotain;
  } catch {
    // Resolution differs (bundled or unusual layout): the package entry always works.
  }
  return import('chevrotain');
}

export const { createToken, Lexer, EmbeddedActionsParser } = await load();
