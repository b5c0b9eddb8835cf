// `npm run build` (after `tsc -b`): the CLI as a few ES modules in packages/cli/bundle, which
// bin/hacfg.js prefers. Resolving, reading and compiling ~150 workspace modules one by one cost
// ~80 ms at every start (CI runs hacfg once per file); npm dependencies stay external so each
// command still loads only the libraries it needs (test/startup.test.ts).
// bundle/inputs.json lists the compiled files it was made from: test/bundle.test.ts fails when one
// is newer than the bundle (a `tsc -b` without the bundling step).
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'packages/cli/bundle');
rmSync(outDir, { recursive: true, force: true });

const bundle = await rolldown({
  input: { hacfg: join(root, 'packages/cli/dist/run.js') },
  platform: 'node',
  // Bare specifiers other than our own packages are npm dependencies: left to Node.
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('@hacfg/'),
  logLevel: 'warn',
});
const { output } = await bundle.write({ dir: outDir, format: 'esm', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' });
await bundle.close();

const inputs = new Set();
for (const chunk of output) if (chunk.type === 'chunk') for (const id of chunk.moduleIds) if (id.startsWith(root)) inputs.add(relative(root, id));
writeFileSync(join(outDir, 'inputs.json'), `${JSON.stringify([...inputs].sort(), null, 1)}\n`);
console.log(`bundled the CLI: ${inputs.size} modules -> ${relative(root, outDir)}/`);
