// Runs one hacfg task on one file in a fresh process and prints JSON timings and peak memory.
// Usage: node worker.mjs parse|ast|lint|fmt FILE [RUNS]
// parse: lexing, lines, sections (typed statements are built on first access); ast: parse plus every
// typed statement and all diagnostics.
import { readFileSync } from 'node:fs';

const [task, file, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);
const text = readFileSync(file, 'utf8');

async function load() {
  if (task === 'parse') {
    const { parse } = await import('@hacfg/syntax');
    return (t) => parse(t);
  }
  if (task === 'ast') {
    // Everything a full consumer reads: every typed statement and all diagnostics.
    const { parse } = await import('@hacfg/syntax');
    return (t) => {
      const doc = parse(t);
      let n = 0;
      for (const _ of doc.statements()) n++;
      return [doc.diagnostics.length, n];
    };
  }
  if (task === 'lint') {
    const { lintText } = await import('@hacfg/linter');
    return (t) => lintText(t, { haproxyVersion: '2.6' });
  }
  if (task === 'fmt') {
    const { format } = await import('@hacfg/formatter');
    return (t) => format(t);
  }
  throw new Error(`unknown task ${task}`);
}

const fn = await load();
const times = [];
let keep;
for (let i = 0; i < runs; i++) {
  keep = undefined;
  const t0 = performance.now();
  keep = fn(text);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const first = times.length ? times[0] : 0;
process.stdout.write(JSON.stringify({
  task,
  bytes: Buffer.byteLength(text),
  bestMs: first,
  medianMs: times[Math.floor(times.length / 2)],
  maxRssKb: process.resourceUsage().maxRSS,
  retained: keep !== undefined,
}) + '\n');
