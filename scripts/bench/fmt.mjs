// Formatting benchmark: `benchFormat(text)` times `format(text)` (parse included, as `hacfg fmt`
// runs it) as the best of a few runs, and splits it into parsing and layout.
// Usage from a script: `const { ms, mbPerSec } = await benchFormat(text)`; alone: node fmt.mjs FILE
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export async function benchFormat(text, runs = 3) {
  const { parse } = await import('@hacfg/syntax');
  const { format } = await import('@hacfg/formatter');
  let best = { ms: Infinity, parseMs: 0, layoutMs: 0 };
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const doc = parse(text);
    const t1 = performance.now();
    format(doc);
    const t2 = performance.now();
    if (t2 - t0 < best.ms) best = { ms: t2 - t0, parseMs: t1 - t0, layoutMs: t2 - t1 };
  }
  return { ...best, mbPerSec: Buffer.byteLength(text) / 1e6 / (best.ms / 1000) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node scripts/bench/fmt.mjs FILE');
    process.exit(2);
  }
  const r = await benchFormat(readFileSync(file, 'utf8'));
  console.log(`fmt ${file}: ${r.ms.toFixed(0)} ms (parse ${r.parseMs.toFixed(0)} ms + layout ${r.layoutMs.toFixed(0)} ms), ${r.mbPerSec.toFixed(1)} MB/s`);
}
