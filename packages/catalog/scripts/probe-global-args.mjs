// Measures, with real HAProxy binaries, facts of each global keyword and release: how many words it
// takes at most (the word HAProxy's too_many_args() names as "cannot handle unexpected argument")
// and, for a keyword documented as one `{ a | b }` choice, whether exactly those names are read
// (each accepted alone, another refused with an alert naming them), and for a one-word keyword
// whether its value is read as a size or a decimal integer. Releases between two measured
// ones get a fact only where both neighbours agree (or the keyword is new and documented alike).
// Writes src/source-facts/global-args-probed.json. Not run by the build or tests (binaries built
// from the release tags are not part of ../shared); rerun by hand after building them:
//   npm run build -w @hacfg/catalog && node packages/catalog/scripts/probe-global-args.mjs 2.6=/usr/sbin/haproxy 2.8=/path/haproxy 3.0=… 3.1=… 3.2=… 3.3=… 3.4=…
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allKeywordNames, atVersion, globalKeyword, VERSIONS } from '../dist/index.js';

const bins = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')));
if (Object.keys(bins).length === 0) throw new Error('usage: probe-global-args.mjs X.Y=/path/to/haproxy ...');
/** What the machine decides (files, users, Lua, OpenSSL providers, thread count), and `stats`/`cpu-map`, whose first word picks the parser. */
const SKIP = new Set(['lua-load', 'lua-load-per-thread', 'user', 'group', 'uid', 'gid', 'ssl-provider', 'ssl-propquery', 'ssl-dh-param-file', 'issuers-chain-path',
  'httpclient.ssl.ca-file', 'h1-case-adjust-file', 'thread-group', 'tune.bufsize', 'tune.http.maxhdr', 'chroot', 'stats', 'cpu-map', 'log', 'setenv', 'presetenv',
  'unsetenv', 'resetenv', 'ssl-engine', 'lua-prepend-path', 'ssl-load-extra-files', 'ocsp-update.httpproxy', 'setcap', 'default-path', 'numa-cpu-mapping']);
const PROBE = 'zzq';
const EXTRA = Array.from({ length: 10 }, (_, i) => `w${i + 2}`);

const dir = mkdtempSync(join(tmpdir(), 'hacfg-probe-'));
let n = 0;
function check(bin, line) {
  const f = join(dir, `p${n++}.cfg`);
  writeFileSync(f, `global\n    ${line}\nlisten zz\n    bind 127.0.0.1:1\n`);
  return new Promise((res) => execFile(bin, ['-c', '-dr', '-f', f], { timeout: 15000, cwd: dir }, (err, stdout, stderr) => {
    const alerts = (stdout + stderr).split('\n').filter((l) => l.includes('[ALERT]'));
    // Exit 2 is "valid, nothing to start"; a refusal exits 1 with alerts.
    res({ refused: err !== null && err.code !== 2 && alerts.length > 0, alerts });
  }));
}

async function pool(items, size, fn) {
  const out = new Array(items.length);
  let i = 0;
  await Promise.all(Array.from({ length: size }, async () => { while (i < items.length) { const k = i++; out[k] = await fn(items[k]); } }));
  return out;
}

const single = (e) => (e.args?.length ?? 0) === 0 && e.choices?.length === 1 && !e.choices[0].optional ? e.choices[0].values : undefined;

async function measure(version, bin, name) {
  const e = atVersion(globalKeyword(name, version), version);
  const values = single(e);
  const fact = {};
  // The first word may have to be valid for the word count to be read: try a few.
  const maxima = new Set();
  for (const first of [...(values ? [values[0]] : []), '1', 'a1', '10s']) {
    const r = await check(bin, [name, first, ...EXTRA].join(' '));
    // Only a refusal counts: some releases print the alert and keep the file valid.
    const m = r.refused ? r.alerts.map((a) => /cannot handle unexpected argument '([^']*)'/.exec(a)?.[1]).find(Boolean) : undefined;
    if (m === first) maxima.add(0);
    else if (m) maxima.add(EXTRA.indexOf(m) + 1);
  }
  // Different counts for different first words: the count depends on a branch, no fact.
  if (maxima.size === 1) fact.max = [...maxima][0];
  if (values) {
    const other = await check(bin, `${name} ${PROBE}`);
    const said = new Set((other.alerts.join(' ').match(/'[^']*'|\b[a-z0-9-]+\b/g) ?? []).map((w) => w.replace(/'/g, '')));
    const each = await Promise.all(values.map((v) => check(bin, `${name} ${v}`)));
    if (other.refused && values.every((v) => said.has(v)) && each.every((r) => !r.refused && r.alerts.length === 0)) fact.values = values;
  } else if (fact.max === 1) {
    const value = await valueType(bin, name);
    if (value) fact.value = value;
  }
  return fact;
}

/**
 * The type of a keyword's one value, when the probes leave one reading: a size (`10k` read, `10x`,
 * `x` and `-1` refused) or a decimal integer (`10` read; `10k`, `10x`, `x` and `0x10` refused), with
 * its least value where `-1`, and maybe `0`, are refused.
 */
async function valueType(bin, name) {
  const words = ['10', '10k', '10x', 'x', '-1', '0', '0x10'];
  const r = Object.fromEntries(await Promise.all(words.map(async (w) => [w, await check(bin, `${name} ${w}`)])));
  const ok = (w) => !r[w].refused && r[w].alerts.length === 0;
  const no = (w) => r[w].refused;
  if (ok('10k') && no('10x') && no('x') && no('-1')) return { type: 'size', ...(no('0') ? { nonZero: true } : {}) };
  if (ok('10') && no('10k') && no('10x') && no('x') && no('0x10')) {
    const min = no('-1') ? (no('0') ? 1 : ok('0') ? 0 : undefined) : ok('-1') ? null : undefined;
    // `0` refused while `-1` is read: no least value to give.
    if (min === undefined || (min === null && no('0'))) return undefined;
    return { type: 'int', ...(min !== null ? { min } : {}) };
  }
  return undefined;
}

const measured = {};
for (const [version, bin] of Object.entries(bins)) {
  const names = allKeywordNames('global', version).filter((k) => !SKIP.has(k) && !k.includes(' '));
  const facts = await pool(names, 2, (name) => measure(version, bin, name));
  measured[version] = Object.fromEntries(names.map((k, i) => [k, facts[i]]));
  console.log(`${version}: ${names.length} keywords, ${facts.filter((f) => f.max !== undefined).length} word counts, ${facts.filter((f) => f.values).length} choices, ${facts.filter((f) => f.value).length} value types`);
}
rmSync(dir, { recursive: true, force: true });

// Spread to the releases between measured ones: a fact holds there when the measured releases on
// both sides agree, or when the keyword is new since the lower one and documented as in the upper.
const order = VERSIONS.filter((v) => v !== '3.5-dev');
const sig = (name, v) => { const e = globalKeyword(name, v); return e ? JSON.stringify(atVersion(e, v).signature) : undefined; };
const facts = {};
const names = new Set(Object.values(measured).flatMap((m) => Object.keys(m)));
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
for (const name of [...names].sort()) {
  const steps = [];
  for (const v of order) {
    // Nothing is guessed below the oldest measured release.
    if (!sig(name, v) || order.indexOf(v) < Math.min(...Object.keys(measured).map((m) => order.indexOf(m)))) continue;
    let f = measured[v]?.[name];
    if (f === undefined) {
      const lower = [...order].reverse().find((m) => m !== v && order.indexOf(m) < order.indexOf(v) && measured[m]);
      const upper = order.find((m) => order.indexOf(m) > order.indexOf(v) && measured[m]);
      const up = upper && measured[upper][name];
      const low = lower && measured[lower][name];
      if (up && (low ? same(low, up) : sig(name, v) === sig(name, upper))) f = up;
    }
    if (!f || (f.max === undefined && !f.values && !f.value)) continue;
    const last = steps[steps.length - 1];
    if (last && same(last.facts, f) && order.indexOf(last.to) === order.indexOf(v) - 1) last.to = v;
    else steps.push({ from: v, to: v, facts: f });
  }
  if (steps.length) facts[name] = steps;
}
const dest = join(dirname(fileURLToPath(import.meta.url)), '../src/source-facts/global-args-probed.json');
writeFileSync(dest, JSON.stringify({ source: `haproxy -c -dr with ${Object.values(bins).map((b) => /version (\S+)/.exec(execFileSync(b, ['-v'], { encoding: 'utf8' }))?.[1]).join(', ')}`, facts }, null, 1) + '\n');
console.log(`${Object.keys(facts).length} keywords -> ${dest}`);
