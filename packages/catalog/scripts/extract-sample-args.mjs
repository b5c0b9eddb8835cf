// Extracts, from a HAProxy source checkout, the arguments each sample fetch and converter takes
// at every release tag: how many are mandatory, and the type of each (the ARGn(min, TYPE, …) mask
// of its sample_fetch_kw_list / sample_conv_kw_list registration). Writes
// src/source-facts/sample-args.json with version ranges. Not run by the build or tests (the HAProxy
// source is not part of ../shared); rerun by hand when a release is added:
//   node packages/catalog/scripts/extract-sample-args.mjs /path/to/haproxy.git
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableEntries } from './c-source.mjs';

const [repo] = process.argv.slice(2);
if (!repo) throw new Error('usage: extract-sample-args.mjs HAPROXY_GIT_DIR');
const git = (...args) => execFileSync('git', ['--git-dir', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const VERSIONS = ['2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '3.0', '3.1', '3.2', '3.3', '3.4'];


/** `0` → no argument; `ARGn(min,T1,…,Tn)` → its mandatory count and types; anything else → unknown. */
function readMask(field) {
  if (field === '0') return { min: 0, types: [] };
  const m = /^ARG(\d+)\((\d+)\s*,([^()]*)\)$/.exec(field.replace(/\s+/g, ''));
  if (!m) return undefined;
  const types = m[3].split(',');
  if (types.length !== Number(m[1])) return undefined;
  return { min: Number(m[2]), types };
}

function extract(tag) {
  const files = git('ls-tree', '-r', '--name-only', tag, 'src', 'addons').split('\n').filter((f) => f.endsWith('.c'));
  const out = { fetch: {}, converter: {} };
  for (const f of files) {
    const text = git('show', `${tag}:${f}`);
    for (const [kind, type] of [['fetch', 'sample_fetch_kw_list'], ['converter', 'sample_conv_kw_list']]) {
      for (const { name, fields } of tableEntries(text, type)) {
        const mask = fields[2] !== undefined ? readMask(fields[2]) : undefined;
        if (mask) out[kind][name] = mask;
      }
    }
  }
  return out;
}

const result = { source: 'haproxy source, ARGn() masks of the sample fetch and converter registrations at v2.4.0 … v3.4.0', fetch: {}, converter: {} };
const perVersion = VERSIONS.map((v) => [v, extract(`v${v}.0`)]);
for (const kind of ['fetch', 'converter']) {
  const names = [...new Set(perVersion.flatMap(([, e]) => Object.keys(e[kind])))].sort();
  for (const name of names) {
    const ranges = [];
    for (const [v, e] of perVersion) {
      const mask = e[kind][name];
      const last = ranges[ranges.length - 1];
      const same = last && mask && last.until === undefined && last.min === mask.min && last.types.join() === mask.types.join();
      if (same) continue;
      if (last && last.until === undefined) last.until = v;
      if (mask) ranges.push({ since: v, min: mask.min, types: mask.types });
    }
    result[kind][name] = ranges.map((r) => (r.until === undefined ? { since: r.since, min: r.min, types: r.types } : r));
  }
}
const dest = join(dirname(fileURLToPath(import.meta.url)), '../src/source-facts/sample-args.json');
writeFileSync(dest, JSON.stringify(result, null, 1) + '\n');
console.log(`${Object.keys(result.fetch).length} fetches, ${Object.keys(result.converter).length} converters -> ${dest}`);
