#!/usr/bin/env node
import { existsSync } from 'node:fs';

// The bundled build (scripts/bundle-cli.mjs, part of `npm run build`) starts ~80 ms faster than the
// ~260 modules of dist/; dist/ serves when only `tsc -b` ran.
const bundle = new URL('../bundle/hacfg.mjs', import.meta.url);
const { run } = await import(existsSync(bundle) ? bundle.href : '../dist/run.js');

// `hacfg rules | head`: a closed pipe ends the output, not the process with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
