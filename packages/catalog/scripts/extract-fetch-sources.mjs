// Extracts, from a HAProxy source checkout, what each sample fetch reads (its SMP_USE_* sources)
// and where each source is available (the fetch_cap table of src/sample.c): facts the reference
// dataset does not carry. Writes src/source-facts/fetch-sources-X.Y.json (one per release tag, v2.4.0 …
// v3.4.0; 2.7 is identical to 2.6 and not kept). Not run by the build or tests (the
// HAProxy source is not part of ../shared); run by hand for each new release:
//   node packages/catalog/scripts/extract-fetch-sources.mjs /path/to/haproxy.git v2.6.0
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableEntries } from './c-source.mjs';

const [repo, tag] = process.argv.slice(2);
if (!repo || !tag) throw new Error('usage: extract-fetch-sources.mjs HAPROXY_GIT_DIR TAG');
const git = (...args) => execFileSync('git', ['--git-dir', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const files = git('ls-tree', '-r', '--name-only', tag, 'src', 'addons').split('\n').filter((f) => f.endsWith('.c'));


const sample = git('show', `${tag}:src/sample.c`);
const capBlock = /fetch_cap\[SMP_SRC_ENTRIES\]\s*=\s*\{([\s\S]*?)\n\};/.exec(sample)[1];
const capabilities = {};
for (const m of capBlock.matchAll(/\[SMP_SRC_(\w+)\]\s*=\s*\(([^)]*)\)/g)) {
  capabilities[m[1]] = [...m[2].matchAll(/SMP_VAL_(\w+)/g)].map((v) => v[1]).filter((v) => !/^_+$/.test(v));
}

const header = git('show', `${tag}:include/haproxy/sample-t.h`);
/** The SMP_SRC_* enum in order (the index of each source is its bit in SMP_USE_*). */
const SRC_ORDER = /enum \{\s*SMP_SRC_CONST([\s\S]*?)\};/.exec(header)[0].match(/SMP_SRC_(\w+)/g).map((x) => x.slice(8)).filter((x) => x !== 'ENTRIES');
/** SMP_VAL_REQUEST / SMP_VAL_RESPONSE, as the header defines them. */
const valMacros = {};
for (const m of header.matchAll(/SMP_VAL_(REQUEST|RESPONSE)\s*=\s*([^=]*?),\s*\n\s*(?:\n|\})/g)) valMacros[m[1]] = [...m[2].matchAll(/SMP_VAL_(\w+)/g)].map((v) => v[1]);

const fetches = {};
for (const f of files) {
  const text = git('show', `${tag}:${f}`);
  for (const { name, fields } of tableEntries(text, 'sample_fetch_kw_list')) {
    if (fields.length < 6) continue;
    let sources = [...fields[5].matchAll(/SMP_USE_(\w+)/g)].map((m) => m[1]);
    // A few tables put an SMP_SRC_* index where a SMP_USE_* mask belongs: HAProxy then reads the
    // index as a mask, and so do we.
    const src = /^SMP_SRC_(\w+)$/.exec(fields[5]);
    if (src) {
      const bits = SRC_ORDER.indexOf(src[1]);
      sources = SRC_ORDER.filter((_, i) => bits & (1 << i));
    }
    if (sources.length === 0) continue;
    const expanded = sources.flatMap((s) => (s === 'HTTP_ANY' ? ['HRQHV', 'HRQHP', 'HRQBO', 'HRSHV', 'HRSHP', 'HRSBO'] : [s]));
    // An explicit validity (7th field) is kept and widened by the sources (sample_register_fetches()).
    const also = fields[6] ? [...fields[6].matchAll(/SMP_VAL_(\w+)/g)].flatMap((m) => valMacros[m[1]] ?? [m[1]]) : [];
    const prev = fetches[name];
    fetches[name] = { sources: [...new Set([...(prev?.sources ?? []), ...expanded])].sort(), ...(also.length || prev?.also ? { also: [...new Set([...(prev?.also ?? []), ...also])].sort() } : {}) };
  }
}
const out = { source: `haproxy ${tag} (src/sample.c fetch_cap; sample_fetch_kw_list tables)`, capabilities, fetches: Object.fromEntries(Object.entries(fetches).sort(([a], [b]) => (a < b ? -1 : 1))) };
const branch = /^v(\d+\.\d+)/.exec(tag)?.[1] ?? tag;
const dest = join(dirname(fileURLToPath(import.meta.url)), `../src/source-facts/fetch-sources-${branch}.json`);
writeFileSync(dest, JSON.stringify(out, null, 1) + '\n');
console.log(`${Object.keys(out.fetches).length} fetches, ${Object.keys(capabilities).length} sources -> ${dest}`);
