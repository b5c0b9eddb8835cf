// `npm run bench`: hacfg parse/lint/fmt on generated large configs beside `haproxy -c -dr -f`.
// Each hacfg task runs in its own process (peak RSS comparable with haproxy's); times are the best
// of several runs (7 for parse/ast, 3 for lint/fmt) inside that process, haproxy's the best of three
// whole processes. `lint (CLI)` is the whole `hacfg lint` process, best of three, as CI runs it;
// `floor` is scripts/bench/floor.mjs, the cheapest object-per-word model (a bound, not hacfg).
// Not a test: numbers are printed, never asserted.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, process.env.HACFG_SHARED ?? '../shared');
const gen = join(shared, 'bench/gen-large-config.mjs');
const out = join(root, '.bench');
mkdirSync(out, { recursive: true });

function haproxyBin() {
  for (const p of ['/usr/sbin/haproxy', '/usr/local/sbin/haproxy']) if (existsSync(p)) return p;
  return undefined;
}

function timeHaproxy(file) {
  const bin = haproxyBin();
  if (!bin) return undefined;
  const hasTime = existsSync('/usr/bin/time');
  let best = Infinity;
  let rss;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = hasTime
      ? spawnSync('/usr/bin/time', ['-f', '%M', bin, '-c', '-dr', '-f', file], { encoding: 'utf8' })
      : spawnSync(bin, ['-c', '-dr', '-f', file], { encoding: 'utf8' });
    best = Math.min(best, performance.now() - t0);
    if (hasTime) rss = Number(r.stderr.trim().split('\n').pop());
  }
  return { ms: best, maxRssKb: rss };
}

/** A whole Node process, best of three, with its peak RSS (from /usr/bin/time when present). */
function timeNode(args, okCodes) {
  const hasTime = existsSync('/usr/bin/time');
  let best = Infinity;
  let rss;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = hasTime ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 }) : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    best = Math.min(best, performance.now() - t0);
    if (!okCodes.includes(r.status)) return { error: (r.stderr || '').split('\n').find((l) => l.trim()) ?? `exit ${r.status}` };
    if (hasTime) rss = Number(r.stderr.trim().split('\n').pop());
  }
  return { ms: best, maxRssKb: rss };
}

/** `hacfg lint` as CI runs it: a whole process (start, module loading, output), like haproxy's figure. */
const timeCli = (file) => timeNode([join(root, 'packages/cli/bin/hacfg.js'), 'lint', '--haproxy-version', '2.6', '--format', 'compact', file], [0, 1]);
/** The object-per-word lower bound (scripts/bench/floor.mjs), also a whole process. */
const timeFloor = (file) => timeNode([join(root, 'scripts/bench/floor.mjs'), file], [0]);

function worker(task, file) {
  const r = spawnSync(process.execPath, [join(root, 'scripts/bench/worker.mjs'), task, file, task === 'parse' || task === 'ast' ? '7' : '3'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) return { error: (r.stderr || '').split('\n').find((l) => l.trim()) ?? `exit ${r.status}` };
  return JSON.parse(r.stdout);
}

const fmt = (n, d = 0) => (n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(d));
for (const apps of [1000, 5000]) {
  const file = join(out, `apps-${apps}.cfg`);
  if (!existsSync(file)) writeFileSync(file, execFileSync(process.execPath, [gen, String(apps)], { maxBuffer: 1 << 28 }));
  const hp = timeHaproxy(file);
  console.log(`\n${apps} apps (${file})`);
  console.log(`  haproxy -c -dr -f   ${fmt(hp?.ms)} ms   peak RSS ${fmt(hp?.maxRssKb && hp.maxRssKb / 1024)} MB`);
  for (const task of ['parse', 'ast', 'lint', 'fmt']) {
    const r = worker(task, file);
    if (r.error) {
      console.log(`  hacfg ${task.padEnd(5)}        unavailable: ${r.error}`);
      continue;
    }
    const mbps = r.bytes / 1e6 / (r.bestMs / 1000);
    const ratio = hp ? ` = ${fmt(r.bestMs / hp.ms, 2)}x haproxy time` : '';
    const mem = hp?.maxRssKb ? ` (${fmt(r.maxRssKb / hp.maxRssKb, 2)}x haproxy)` : '';
    console.log(`  hacfg ${task.padEnd(5)}        ${fmt(r.bestMs)} ms, ${fmt(mbps, 1)} MB/s${ratio}   peak RSS ${fmt(r.maxRssKb / 1024)} MB${mem}`);
  }
  const cli = timeCli(file);
  if (cli.error) console.log(`  hacfg lint (CLI)   unavailable: ${cli.error}`);
  else {
    const ratio = hp ? ` = ${fmt(cli.ms / hp.ms, 2)}x haproxy time` : '';
    const mem = hp?.maxRssKb && cli.maxRssKb ? ` (${fmt(cli.maxRssKb / hp.maxRssKb, 2)}x haproxy)` : '';
    console.log(`  hacfg lint (CLI)   ${fmt(cli.ms)} ms whole process${ratio}   peak RSS ${fmt(cli.maxRssKb && cli.maxRssKb / 1024)} MB${mem}`);
  }
  const floor = timeFloor(file);
  if (!floor.error) {
    const ratio = hp ? ` = ${fmt(floor.ms / hp.ms, 2)}x haproxy time` : '';
    const mem = hp?.maxRssKb && floor.maxRssKb ? ` (${fmt(floor.maxRssKb / hp.maxRssKb, 2)}x haproxy)` : '';
    console.log(`  floor (not hacfg)  ${fmt(floor.ms)} ms whole process${ratio}   peak RSS ${fmt(floor.maxRssKb && floor.maxRssKb / 1024)} MB${mem}   one object per word, nothing checked`);
  }
}
